import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NewCampaignForm } from '../NewCampaignForm.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../../components/states.js';
import { percent } from '../fix-link.js';
import { useCampaign, useCampaignProgress, useCampaigns } from '../queries.js';
import type { CampaignProgress } from '../readiness-api.js';
import '../readiness.css';

function ProgressBar({ progress }: { progress: CampaignProgress }) {
  const label = `${String(progress.atTarget)} of ${String(progress.total)} services at ${progress.campaign.targetLevel}`;
  return (
    <>
      <span
        className={progress.overdue ? 'progress overdue' : 'progress'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress.progress * 100)}
        aria-label={label}
      >
        <span style={{ width: percent(progress.progress) }} />
      </span>
      <small>{`${label} (${percent(progress.progress)})`}</small>
    </>
  );
}

function Deadline({ progress }: { progress: CampaignProgress }) {
  return (
    <span className={progress.overdue ? 'badge warn' : 'badge'}>
      {progress.overdue ? `overdue since ${progress.campaign.deadline}` : `due ${progress.campaign.deadline} (${String(progress.daysLeft)} days left)`}
    </span>
  );
}

export function CampaignsPage() {
  const campaigns = useCampaigns();
  const progress = useCampaignProgress((campaigns.data ?? []).map((c) => c.id));
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Campaigns"
        subtitle="Drives to bring a set of services to a scorecard level by a deadline."
        actions={creating ? undefined : <button type="button" className="button primary" onClick={() => { setCreating(true); }}>New campaign</button>}
      />
      {creating && <NewCampaignForm onCancel={() => { setCreating(false); }} />}
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} retry={() => { void campaigns.refetch(); }} />
      ) : campaigns.data.length === 0 ? (
        <Empty><p>No campaigns yet. Start one with <strong>New campaign</strong> (or <code>POST /api/v1/readiness/campaigns</code>).</p></Empty>
      ) : (
        <ul className="rollup">
          {campaigns.data.map((c, i) => {
            const p = progress[i];
            return (
              <li key={c.id}>
                <Link to={`/readiness/campaigns/${c.id}`}><strong>{c.title}</strong></Link> · {c.scorecard} → {c.targetLevel}
                <div>{p?.data !== undefined ? <><ProgressBar progress={p.data} /> <Deadline progress={p.data} /></> : p?.isError === true ? 'progress unavailable' : 'loading progress…'}</div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ErrorState error={campaign.error} retry={() => { void campaign.refetch(); }} />;
  const p = campaign.data;
  const behind = p.services.filter((s) => !s.atTarget);
  return (
    <>
      <PageHeader title={p.campaign.title} subtitle={`${p.campaign.scorecard} → ${p.campaign.targetLevel}${p.campaign.filter === null ? '' : ` · services where ${p.campaign.filter}`}`} />
      {p.campaign.description !== '' && <p>{p.campaign.description}</p>}
      <p><ProgressBar progress={p} /> <Deadline progress={p} /></p>
      <h2>Services not yet at {p.campaign.targetLevel} ({behind.length})</h2>
      {behind.length === 0 ? (
        <p>Every service has reached the target.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Service</th><th scope="col">Team</th><th scope="col">Level</th><th scope="col">Failing checks</th></tr>
            </thead>
            <tbody>
              {behind.map((s) => (
                <tr key={s.service}>
                  <td><Link to={`/readiness/services/${s.service}`}>{s.service}</Link></td>
                  <td>{s.team ?? ''}</td>
                  <td>{s.level ?? 'none'}</td>
                  <td>
                    <ul>{s.failing.map((f) => <li key={f.check}>{`${f.title} (${f.level}): ${f.reason}`}</li>)}</ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
