import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  RestBranch,
  RestCommit,
  RestIssue,
  RestJob,
  RestMember,
  RestMergeRequest,
  RestNote,
  RestPipeline,
  RestPipelineListItem,
  RestProject,
  RestTag,
  RestTestReportSummary,
  RestUser,
} from '../../../../electron/core/demo/rest-types';
import type {
  BranchSchema,
  CommitSchema,
  IssueSchema,
  JobSchema,
  MemberSchema,
  MergeRequestSchema,
  NoteSchema,
  PipelineSchema,
  ProjectSchema,
  TagSchema,
  TestReportSummarySchema,
  UserSchema,
} from '../../../../electron/core/gitlab/schemas';

/**
 * What a schema accepts, without the index signature of its loose objects: an interface (which the
 * REST types are) never matches an index signature, although every object with more fields parses.
 */
type Declared<T> = T extends Array<infer E> ? Array<Declared<E>> : T extends object ? { [K in keyof T as string extends K ? never : K]: Declared<T[K]> } : T;
type Accepted<S extends z.ZodType> = Declared<z.input<S>>;

// These assertions are checked by the compiler: if the demo's and the simulator's REST fixtures
// drift from what the sync's schemas accept, `npm run typecheck` fails, not a sync at run time.
describe('the REST fixture types', () => {
  it('are objects the sync schemas accept', () => {
    expectTypeOf<RestProject>().toExtend<Accepted<typeof ProjectSchema>>();
    expectTypeOf<RestPipeline>().toExtend<Accepted<typeof PipelineSchema>>();
    expectTypeOf<RestPipelineListItem>().toExtend<Accepted<typeof PipelineSchema>>();
    expectTypeOf<RestJob>().toExtend<Accepted<typeof JobSchema>>();
    expectTypeOf<RestTestReportSummary>().toExtend<Accepted<typeof TestReportSummarySchema>>();
    expectTypeOf<RestMember>().toExtend<Accepted<typeof MemberSchema>>();
    expectTypeOf<RestUser>().toExtend<Accepted<typeof UserSchema>>();
    expectTypeOf<RestCommit>().toExtend<Accepted<typeof CommitSchema>>();
    expectTypeOf<RestBranch>().toExtend<Accepted<typeof BranchSchema>>();
    expectTypeOf<RestTag>().toExtend<Accepted<typeof TagSchema>>();
    expectTypeOf<RestMergeRequest>().toExtend<Accepted<typeof MergeRequestSchema>>();
    expectTypeOf<RestIssue>().toExtend<Accepted<typeof IssueSchema>>();
    expectTypeOf<RestNote>().toExtend<Accepted<typeof NoteSchema>>();
  });
});
