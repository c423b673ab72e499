import { z } from 'zod';
import { checkCiPractices } from '../../../shared/practices/check-ci-practices';
import { sendError, sendJson } from '../http/send-json';
import type { RelayRoute } from '../relay-context';
import { describeIssue, refuseWithoutReportingToken, smallBodyBytes } from './handle-pipeline-report';
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
export const pipelineValidateRoute: RelayRoute = (context) => ({
  method: 'POST',
  url: '/api/v1/pipelines/validate',
  bodyLimit: smallBodyBytes,
  onRequest: refuseWithoutReportingToken(context),
  handler: async (request, reply) => {
    const body = readJsonBody(request, reply);
    if (!body) return reply;
    const parsed = ValidateRequestSchema.safeParse(body.value);
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', describeIssue(parsed.error));
    const includes = new Map(Object.entries(parsed.data.includes ?? {}));
    const report = checkCiPractices({ mainPath: '.gitlab-ci.yml', mainText: parsed.data.gitlab_ci_yml, includes });
    return sendJson(reply, 200, report);
  },
});
