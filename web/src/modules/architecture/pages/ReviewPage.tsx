import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../app/api-context.js';
import { useSession } from '../../../auth/session.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ErrorState, Loading, errorMessage } from '../../../components/states.js';
import type { Review, ReviewAction } from '../architecture-api.js';
import { Markdown } from '../Markdown.js';
import { useReview, useReviewMutations } from '../queries.js';

const ACTION_LABEL: Readonly<Record<ReviewAction, string>> = {
  submit: 'Submit for review',
  approve: 'Approve',
  'request-changes': 'Request changes',
  decide: 'Decide and record the ADR',
  withdraw: 'Withdraw',
};

type Comment = Review['comments'][number];
type Section = Review['sections'][number];

/** The API lets the author write sections while the review is a draft or has changes requested. */
const EDITABLE_STATES: ReadonlySet<string> = new Set(['draft', 'changes-requested']);

/** PUT /reviews/:id/sections/:key; the answer is the whole review, which replaces the cached one. */
function useSectionWrite(id: string) {
  const { http } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, content }: { key: string; content: string }) =>
      (await http.request<Review>(`/api/v1/reviews/${encodeURIComponent(id)}/sections/${encodeURIComponent(key)}`, { method: 'PUT', json: { content } })).data,
    onSuccess: (updated) => {
      queryClient.setQueryData(['architecture', 'review', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['architecture', 'reviews'] });
    },
  });
}

export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  const { act, comment } = useReviewMutations(id);
  const session = useSession();
  const write = useSectionWrite(id);
  const [editing, setEditing] = useState<string | null>(null);
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorState error={review.error} retry={() => { void review.refetch(); }} />;
  const r = review.data;
  const failure = act.error ?? comment.error;
  const canEdit = EDITABLE_STATES.has(r.state) && session.data?.actor.name === r.author;
  return (
    <>
      <PageHeader
        title={r.title}
        subtitle={
          <>
            <span className="badge">{r.state}</span> {r.overdue && <span className="badge warn">overdue</span>} by {r.author}
            {r.service !== null && ` · service ${r.service}`}
          </>
        }
        actions={r.allowedActions.map((a) => (
          <button key={a} type="button" className="button" disabled={act.isPending} onClick={() => { act.mutate(a); }}>
            {ACTION_LABEL[a]}
          </button>
        ))}
      />
      {failure !== null && <p role="alert" className="state state-error">{errorMessage(failure)}</p>}
      {r.adrId !== null && (
        <p>
          Recorded as <Link to={`/architecture/adrs/${r.adrId}`}>an ADR</Link>.
        </p>
      )}
      <p>
        Reviewers ({r.requiredApprovals} approval{r.requiredApprovals === 1 ? '' : 's'} needed):{' '}
        {r.reviewers.map((v) => `${v.name} (${v.decision})`).join(', ')}
      </p>
      {r.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`}>
          <h2 id={`section-${s.key}`}>{s.title}</h2>
          {editing === s.key ? (
            <SectionEditor
              section={s}
              pending={write.isPending}
              error={write.error}
              onSave={(content) => {
                write.mutate({ key: s.key, content }, { onSuccess: () => { setEditing(null); } });
              }}
              onCancel={() => {
                write.reset();
                setEditing(null);
              }}
            />
          ) : (
            <>
              {s.content.trim() === '' ? <p className="muted">{s.prompt}</p> : <Markdown text={s.content} />}
              {canEdit && (
                <button
                  type="button"
                  className="button small"
                  aria-label={`Edit ${s.title}`}
                  onClick={() => {
                    write.reset();
                    setEditing(s.key);
                  }}
                >
                  Edit
                </button>
              )}
            </>
          )}
          <Thread comments={r.comments.filter((c) => c.section === s.key)} onReply={(body, parentId) => { comment.mutate({ body, parentId }); }} />
          <CommentForm label={`Comment on ${s.title}`} onSubmit={(body) => { comment.mutate({ body, section: s.key }); }} />
        </section>
      ))}
      <section aria-labelledby="general">
        <h2 id="general">General comments</h2>
        <Thread comments={r.comments.filter((c) => c.section === null)} onReply={(body, parentId) => { comment.mutate({ body, parentId }); }} />
        <CommentForm label="Comment on the review" onSubmit={(body) => { comment.mutate({ body }); }} />
      </section>
    </>
  );
}

/** A section's Markdown in a textarea; the prompt says what belongs there. */
function SectionEditor({ section, pending, error, onSave, onCancel }: { section: Section; pending: boolean; error: Error | null; onSave: (content: string) => void; onCancel: () => void }) {
  const [content, setContent] = useState(section.content);
  const id = `edit-${section.key}`;
  return (
    <form
      className="section-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(content);
      }}
    >
      <label htmlFor={id}>Content of {section.title} (Markdown)</label>
      <p className="muted small" id={`${id}-hint`}>{section.prompt}</p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={content}
        rows={10}
        autoFocus
        onChange={(e) => {
          setContent(e.target.value);
        }}
      />
      {error !== null && <p role="alert" className="state state-error">{errorMessage(error)}</p>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending || content === section.content}>
          {pending ? 'Saving…' : 'Save section'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Replies are typed loosely by the API schema (it is recursive); keep the ones shaped like comments. */
function isComment(value: unknown): value is Comment {
  return typeof value === 'object' && value !== null && 'id' in value && 'body' in value && 'author' in value && 'replies' in value;
}

function Thread({ comments, onReply }: { comments: readonly Comment[]; onReply: (body: string, parentId: string) => void }) {
  if (comments.length === 0) return null;
  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <p>
            <strong>{c.author}</strong> <span className="muted">{c.createdAt.slice(0, 16).replace('T', ' ')}</span>
          </p>
          <p>{c.body}</p>
          <Thread comments={c.replies.filter(isComment)} onReply={onReply} />
          <CommentForm label="Reply" onSubmit={(body) => { onReply(body, c.id); }} />
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ label, onSubmit }: { label: string; onSubmit: (body: string) => void }) {
  const [body, setBody] = useState('');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (body.trim() === '') return;
    onSubmit(body.trim());
    setBody('');
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label>
        {label}
        <textarea value={body} rows={2} onChange={(e) => { setBody(e.target.value); }} />
      </label>
      <button type="submit" className="button">{label === 'Reply' ? 'Reply' : 'Comment'}</button>
    </form>
  );
}
