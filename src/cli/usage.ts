/** Help texts of the `gapline` command (printed by `--help`, pointed to by usage errors). */

export const MAIN_USAGE = `Usage: gapline <command> [options]

Commands:
  analyze FILE…   the communication gaps of each incident in the files

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
  -h, --help             this help

Exit status: 0 when every file was read (even if an incident could not be analysed or
rows were rejected); 1 when a file cannot be read or is not a format Gapline knows;
2 for a usage error.
`;
