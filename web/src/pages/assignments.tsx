import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates';
import { graphql } from '../graphql';
import type { WebMyAssignmentsQuery } from '../graphql/graphql';
import { problemText } from '../problem';
import { addTexts } from '../texts';

addTexts('assignments', {
  vi: {
    title: 'Việc được giao',
    toAccept: 'Chờ nhận',
    overdue: 'Quá hạn',
    dueSoon: 'Sắp đến hạn (trong 2 ngày làm việc)',
    toSubmit: 'Đang làm — cần báo cáo kết quả',
    none: 'Không có.',
    item: 'Công việc',
    deadline: 'Hạn',
    left: 'Còn lại',
    daysLeft: '{{count}} ngày làm việc',
    daysLate: 'trễ {{count}} ngày làm việc',
    quantity: 'Số lượng giao',
    from: 'Người giao',
    actions: 'Thao tác',
    accept: 'Nhận việc',
    submit: 'Báo cáo hoàn thành',
    quantityDone: 'Số lượng đã làm',
    evidence: 'Minh chứng (số văn bản, đường dẫn)',
    comment: 'Ghi chú',
    send: 'Gửi báo cáo',
    cancel: 'Thôi',
    accepted: 'Đã nhận việc “{{title}}”.',
    submitted: 'Đã báo cáo “{{title}}”: chờ người giao đánh giá.',
    returned: 'bị trả lại',
  },
  en: {
    title: 'My assignments',
    toAccept: 'To accept',
    overdue: 'Overdue',
    dueSoon: 'Due soon (within 2 working days)',
    toSubmit: 'In progress — to submit',
    none: 'None.',
    item: 'Work',
    deadline: 'Deadline',
    left: 'Left',
    daysLeft: '{{count}} working days',
    daysLate: '{{count}} working days late',
    quantity: 'Quantity assigned',
    from: 'Assigned by',
    actions: 'Actions',
    accept: 'Accept',
    submit: 'Submit the result',
    quantityDone: 'Quantity done',
    evidence: 'Evidence (document number, link)',
    comment: 'Comment',
    send: 'Submit',
    cancel: 'Cancel',
    accepted: '“{{title}}” accepted.',
    submitted: '“{{title}}” submitted: waiting for the assigner’s verdict.',
    returned: 'returned',
  },
});

const ASSIGNMENTS = graphql(`
  query WebMyAssignments {
    me {
      id
      toAccept: assignments(filter: { statuses: [ASSIGNED], role: LEAD }) {
        ...WebAssignmentRow
      }
      overdue: assignments(filter: { overdue: true, role: LEAD }) {
        ...WebAssignmentRow
      }
      dueSoon: assignments(filter: { dueWithinWorkingDays: 2, role: LEAD }) {
        ...WebAssignmentRow
      }
      toSubmit: assignments(filter: { statuses: [IN_PROGRESS, RETURNED], role: LEAD }) {
        ...WebAssignmentRow
      }
    }
  }
  fragment WebAssignmentRow on Assignment {
    id
    title
    status
    deadline
    expectedQuantity
    workingDaysLeft
    workingDaysLate
    assigner {
      id
      fullName
    }
    workItem {
      id
      name
    }
  }
`);

const ACCEPT = graphql(`
  mutation WebAcceptAssignment($id: ID!) {
    acceptAssignment(id: $id) {
      id
      status
    }
  }
`);

const SUBMIT = graphql(`
  mutation WebSubmitAssignment($id: ID!, $input: SubmitAssignmentInput) {
    submitAssignment(id: $id, input: $input) {
      id
      status
    }
  }
`);

type Row = NonNullable<WebMyAssignmentsQuery['me']>['toAccept'][number];

/** My assignments: to accept, overdue, due soon, to submit; accepting and submitting in place. */
export default function Assignments() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ASSIGNMENTS);
  const [accept] = useMutation(ACCEPT);
  const [submit] = useMutation(SUBMIT);
  const [submitting, setSubmitting] = useState<Row | null>(null);
  const [quantityDone, setQuantityDone] = useState(0);
  const [evidence, setEvidence] = useState('');
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (!data && loading) return <p>{t('loading')}</p>;
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const me = data!.me!;

  async function act(run: () => Promise<unknown>, done: string) {
    setProblem(null);
    setStatus(null);
    try {
      await run();
      setStatus(done);
      setSubmitting(null);
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure));
    }
  }

  const table = (key: 'toAccept' | 'overdue' | 'dueSoon' | 'toSubmit', rows: Row[]) => (
    <section aria-labelledby={`assignments-${key}`} key={key}>
      <h2 id={`assignments-${key}`}>
        {t(`assignments.${key}`)} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('assignments.none')}</p>
      ) : (
        <div className="scroll" tabIndex={0}>
          <table id={`table-${key}`}>
            <caption className="muted">{t(`assignments.${key}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.item')}</th>
                <th scope="col">{t('assignments.deadline')}</th>
                <th scope="col" className="number">
                  {t('assignments.quantity')}
                </th>
                <th scope="col">{t('assignments.from')}</th>
                <th scope="col">{t('assignments.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} data-assignment={a.id}>
                  <th scope="row">
                    {a.title}
                    <br />
                    <span className="muted">{a.workItem.name}</span>
                    {a.status === 'RETURNED' ? <span className="badge warning"> {t('assignments.returned')}</span> : null}
                  </th>
                  <td>
                    {formatDate(a.deadline, i18n.language)}
                    <br />
                    <span className={a.workingDaysLate > 0 ? 'warning' : 'muted'}>
                      {a.workingDaysLate > 0
                        ? t('assignments.daysLate', { count: a.workingDaysLate })
                        : t('assignments.daysLeft', { count: a.workingDaysLeft ?? 0 })}
                    </span>
                  </td>
                  <td className="number">{a.expectedQuantity}</td>
                  <td>{a.assigner.fullName}</td>
                  <td>
                    {a.status === 'ASSIGNED' ? (
                      <button
                        type="button"
                        className="accept"
                        onClick={() => void act(() => accept({ variables: { id: a.id } }), t('assignments.accepted', { title: a.title }))}
                      >
                        {t('assignments.accept')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="submit"
                        onClick={() => {
                          setSubmitting(a);
                          setQuantityDone(a.expectedQuantity);
                          setEvidence('');
                          setComment('');
                        }}
                      >
                        {t('assignments.submit')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );

  return (
    <section aria-labelledby="assignments-title">
      <h1 id="assignments-title">{t('assignments.title')}</h1>
      {status ? (
        <p id="assignments-status" role="status">
          {status}
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {submitting ? (
        <form
          id="submit-form"
          aria-label={t('assignments.submit')}
          onSubmit={(event) => {
            event.preventDefault();
            const row = submitting;
            const refs = evidence
              .split(/[,;\n]/)
              .map((ref) => ref.trim())
              .filter(Boolean);
            void act(
              () => submit({ variables: { id: row.id, input: { quantityDone, evidenceRefs: refs, comment: comment.trim() || null } } }),
              t('assignments.submitted', { title: row.title }),
            );
          }}
        >
          <h2>
            {t('assignments.submit')}: {submitting.title}
          </h2>
          <label>
            {t('assignments.quantityDone')}
            <input
              id="quantity-done"
              type="number"
              min={0}
              step={0.25}
              value={quantityDone}
              onChange={(e) => setQuantityDone(Number(e.target.value))}
            />
          </label>
          <label>
            {t('assignments.evidence')}
            <input id="submit-evidence" value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
          <label>
            {t('assignments.comment')}
            <input id="submit-comment" value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <button type="submit" id="send-submission">
            {t('assignments.send')}
          </button>{' '}
          <button type="button" onClick={() => setSubmitting(null)}>
            {t('assignments.cancel')}
          </button>
        </form>
      ) : null}
      {table('toAccept', me.toAccept)}
      {table('overdue', me.overdue)}
      {table('dueSoon', me.dueSoon)}
      {table('toSubmit', me.toSubmit)}
    </section>
  );
}
