import { z } from 'zod';
import { checkCiPractices } from '../../../shared/practices/check-ci-practices';
import { readHeader } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendError, sendJson } from '../http/send-json';
import type { RouteHandler } from '../relay-context';
import { describeIssue, hasReportingToken, smallBodyBytes } from './handle-pipeline-report';
import { readJsonBody } from './read-json-body';

const ValidateRequestSchema = z.object({
  gitlab_ci_yml: z.string(),
  /** Local includes the job can send along (path relative to the repository root → text); the relay reads no repository. */
  includes: z.record(z.string(), z.string()).optional(),
});

/**
 * POST /api/v1/pipelines/validate: the CI/CD practice checks (docs/metrics.md) of the posted
 * .gitlab-ci.yml, by the same code the desktop app runs (shared/practices). Local includes not sent
 * along are listed as unresolved and their jobs are not counted.
 */
export const handlePipelineValidate: RouteHandler = async (request, response, context) => {
  if (!hasReportingToken(context, readHeader(request.headers, 'authorization'))) {
    refuseRequest(request, response, 401, 'unauthorized', 'A bearer token is missing or wrong.');
    return;
  }
  const body = await readJsonBody(request, response, smallBodyBytes);
  if (!body) return;
  const parsed = ValidateRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    sendError(response, 400, 'invalid_request', describeIssue(parsed.error));
    return;
  }
  const includes = new Map(Object.entries(parsed.data.includes ?? {}));
  const report = checkCiPractices({ mainPath: '.gitlab-ci.yml', mainText: parsed.data.gitlab_ci_yml, includes });
  sendJson(response, 200, report);
};
