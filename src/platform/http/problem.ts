/** RFC 9457 problem documents: the one shape of every error the API answers. */
import { Type, type Static } from 'typebox';

export const PROBLEM_BASE = 'https://groundwork.dev/problems/';

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI identifying the problem type.' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String({ description: 'The request path that produced the problem.' }),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
        description: 'The invalid fields, for validation failures.',
      }),
    ),
  },
  { $id: 'Problem', additionalProperties: true, description: 'An RFC 9457 problem document.' },
);
export type Problem = Static<typeof ProblemSchema>;

export function problem(status: number, type: string, title: string, detail: string, instance: string): Problem {
  return { type: PROBLEM_BASE + type, title, status, detail, instance };
}
