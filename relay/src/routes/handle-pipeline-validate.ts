import { z } from 'zod';
import { readHeader } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendError } from '../http/send-json';
import type { RouteHandler } from '../relay-context';
import { describeIssue, hasReportingToken, smallBodyBytes } from './handle-pipeline-report';
import { readJsonBody } from './read-json-body';

const ValidateRequestSchema = z.object({ gitlab_ci_yml: z.string() });

/** POST /api/v1/pipelines/validate: the request is checked, but the practice checks live elsewhere for now. */
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
  sendError(response, 501, 'not_implemented', 'The relay does not check .gitlab-ci.yml yet; run the practice checks in the GitPulse desktop app.');
};
