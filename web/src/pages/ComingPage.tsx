import { PageHeader } from '../components/PageHeader.js';

export function ComingPage({ label }: { label: string }) {
  return (
    <>
      <PageHeader title={label} />
      <div className="state state-empty">
        <p>
          <strong>{label}</strong> is coming. This module is planned but not built yet; its pages will appear here once it lands.
        </p>
      </div>
    </>
  );
}
