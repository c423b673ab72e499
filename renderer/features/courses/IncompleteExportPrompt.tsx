import { Button } from '../../components/Button';

export interface IncompleteExportPromptProps {
  /** The core's sentence: what is incomplete, since when, and that a sync completes it. */
  refusal: string;
  isExporting: boolean;
  onExportAnyway(): void;
  onCancel(): void;
}

/**
 * The core refused to export a course whose first sync never finished: zeros in a grade sheet would pass
 * for grades. The instructor may still want the sheet (to check its layout, say), so it is one click
 * away, marked as incomplete in the file itself where the format allows.
 */
export function IncompleteExportPrompt({ refusal, isExporting, onExportAnyway, onCancel }: IncompleteExportPromptProps) {
  return (
    <div className="overview-notice incomplete-export-prompt" role="alertdialog" aria-labelledby="incomplete-export-question">
      <p>{refusal}</p>
      <p id="incomplete-export-question">
        <strong>Export anyway, marked as incomplete?</strong>
      </p>
      <div className="incomplete-export-prompt__actions">
        <Button variant="primary" onClick={onExportAnyway} disabled={isExporting}>
          Export anyway
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
