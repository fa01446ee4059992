/** An upload arrow, decorative: the label next to it says what it does. */
export function UploadIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10 2 4.5 7.5l1.4 1.4L9 5.8V13h2V5.8l3.1 3.1 1.4-1.4z" fill="currentColor" />
      <path d="M3 15h14v3H3z" fill="currentColor" />
    </svg>
  );
}
