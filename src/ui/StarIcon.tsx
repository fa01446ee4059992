/** A star marking the longest gap(s); decorative, described elsewhere in words. */
export function StarIcon() {
  return (
    <svg
      className="icon icon-star"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="m10 1.5 2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z"
        fill="currentColor"
      />
    </svg>
  );
}
