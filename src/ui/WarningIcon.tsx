/** A warning triangle, decorative: the word next to it carries the meaning. */
export function WarningIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10 1.5 19 18H1z" fill="currentColor" />
      <path d="M9 7h2v5H9zM9 13.5h2v2H9z" fill="#fff" />
    </svg>
  );
}
