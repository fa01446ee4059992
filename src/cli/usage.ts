/** Help texts of the `gapline` command (printed by `--help`, pointed to by usage errors). */

export const MAIN_USAGE = `Usage: gapline <command> [options]

Commands:
  analyze FILE…   the communication gaps of each incident in the files
  report FILE     the review's report as PDF, Markdown, CSV of actions or calendar

Run 'gapline analyze --help' for the options of a command.
`;

export const ANALYZE_USAGE = `Usage: gapline analyze FILE… [options]

Reads Statuspage JSON (one incident or incidents.json), CSV/TSV timelines and Gapline
files, and reports the communication gaps of every incident, file by file, in order.

Options:
  --incident ID          only the incident with this id (repeatable); a Statuspage
                         incident id, or a CSV file's name without its extension
  --target IDEAL/MAX     target between updates in minutes, for every incident
                         (default: the incident's own, else 20/30)
  --tz ZONE              time zone of offset-less timestamps (CSV) and of the times in
                         the text report; any IANA name or UTC (default: UTC, never the
                         machine's zone)
  --instant SOURCE       display_at (default) or created_at: which Statuspage time an
                         update is read at
  --format FORMAT        text (default) or json: {"reports":[…]}
  --checks               also check what each message says (late acknowledgement,
                         non-apology, no next-update time, broken promise…): each
                         report gains "findings" (hints, not verdicts)
  -h, --help             this help

Exit status: 0 when every file was read (even if an incident could not be analysed or
rows were rejected); 1 when a file cannot be read or is not a format Gapline knows;
2 for a usage error.
`;

export const REPORT_USAGE = `Usage: gapline report FILE --format pdf|md|csv|ics -o OUT [options]

Writes the report of one incident: the same report the app exports. FILE is anything
'gapline analyze' reads (Statuspage JSON, CSV/TSV, a Gapline file) or a Gapline backup.

Formats:
  pdf   the action plan and the review as a PDF (without the timeline drawing)
  md    the report as Markdown, for a wiki page or a tracker
  csv   the actions (action, owner, deadline, status, root cause), safe for spreadsheets
  ics   one all-day calendar event per action deadline

Options:
  --format FORMAT        pdf, md, csv or ics (default: from OUT's extension)
  -o, --output OUT       the file to write
  --lang LANG            en (default) or es: the language of the report
  --tz ZONE              time zone of offset-less timestamps (CSV) and of the report's
                         times; any IANA name or UTC (default: offset-less times are read
                         as UTC and the report shows the incident's own zone)
  --incident ID          the incident, when FILE holds several: a Statuspage incident id,
                         a CSV file's name without its extension, or a review's id
  -h, --help             this help

Exit status: 0 when OUT was written; 1 when FILE cannot be read, is not a format Gapline
knows, or holds no such incident, or OUT cannot be written; 2 for a usage error.
`;
