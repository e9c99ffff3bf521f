// `--output table`: the AWS CLI's boxed tables. The response becomes a list of sections, each a
// title, an optional header row and rows, nested sections indented by one `|` on each side per
// level: an object's scalar members are one row under their names (a lone member is a
// name-value row), its list and object members sections of their own; a list of objects is a
// header of every scalar member name and a row per object. The columns share the width of the
// widest section in proportion to their contents (rounded as Python rounds, half to even), and
// when that is wider than the terminal every section of one row is turned into name-value rows.
// Widths count East Asian wide, fullwidth and ambiguous characters as two columns, as the AWS
// CLI does. With colours on, values are bright blue and the indentation is dim yellow.

import { eastAsianWidth } from "get-east-asian-width";
import { OutputFormatError } from "./output-format-error.js";
import {
  isContainer,
  isObject,
  pythonStr,
  sortedKeys,
  type JsonObject,
  type JsonValue,
} from "./python-text.js";

export interface TableOutputOptions {
  /** The title of the outermost section: the command's name (`describe-endpoint-config`). */
  readonly title: string;
  /** The terminal's width in columns; a wider table is laid out again with name-value rows. */
  readonly width: number;
  /** ANSI colours, as `--color on` gives (or `auto` on a terminal). */
  readonly color: boolean;
}

/** `value` as `--output table` prints it; empty for a value the AWS CLI prints no table for. */
export function tableOutput(value: JsonValue, options: TableOutputOptions): string {
  const builder = new TableBuilder();
  if (!builder.add(options.title, value, 0)) return "";
  return renderTable(builder.sections, options);
}

/** A section's title: `null` for one opened by a list inside a list, which has none. */
type Title = string | null;

class Section {
  /** Python's `str()` of the title counts toward the width even when it is not printed. */
  readonly widthOfTitle: number;
  headers: string[] = [];
  readonly rows: string[][] = [];
  #columns: number | undefined;
  #widths: number[] = [];

  constructor(
    readonly title: Title,
    readonly indent: number,
  ) {
    this.widthOfTitle = displayWidth(title ?? "None");
  }

  setHeaders(headers: readonly string[]): void {
    this.#widen(headers);
    this.#columns ??= headers.length;
    this.headers = [...headers];
  }

  addRow(values: readonly JsonValue[]): void {
    this.#columns ??= values.length;
    if (values.length !== this.#columns)
      throw new OutputFormatError(
        `a table row has ${values.length} values where its section has ${this.#columns} columns`,
      );
    const row = values.map(pythonStr);
    this.rows.push(row);
    this.#widen(row);
  }

  #widen(cells: readonly string[]): void {
    if (this.#widths.length === 0) {
      this.#widths = cells.map(displayWidth);
      return;
    }
    cells.forEach((cell, i) => {
      const width = this.#widths[i];
      if (width === undefined)
        throw new OutputFormatError(
          `a table row has more values than its section has columns (${this.#widths.length})`,
        );
      this.#widths[i] = Math.max(width, displayWidth(cell));
    });
  }

  /** Each column's width: its widest cell plus `padding`, scaled to fill `total` if given. */
  columnWidths(padding: number, total?: number): number[] {
    const widths = this.#widths.map((w) => w + padding);
    if (total === undefined || widths.length === 0) return widths;
    const scale = total / widths.reduce((sum, w) => sum + w, 0);
    const scaled = widths.map((w) => roundHalfEven(scale * w));
    // Rounding leaves the sum a little off: take (or give) one column from the first columns
    // (or to the last ones) until it is exact.
    let excess = scaled.reduce((sum, w) => sum + w, 0) - total;
    while (excess !== 0) {
      const order = scaled.map((_, i) => (excess > 0 ? i : scaled.length - 1 - i));
      for (const i of order) {
        if (excess > 0) {
          scaled[i]!--;
          excess--;
        } else {
          scaled[i]!++;
          excess++;
        }
        if (excess === 0) break;
      }
    }
    return scaled;
  }

  /** The width the section needs with its borders, at least its title's. */
  neededWidth(): number {
    const cells = this.columnWidths(0).reduce((sum, w) => sum + w + CELL_PADDING, 0);
    const margins = 2 * this.indent;
    return Math.max(this.widthOfTitle + 2 + margins, cells + 2 + margins);
  }
}

/** What each cell adds to its widest value: two columns on each side. */
const CELL_PADDING = 4;

/** Turns a response into sections, as the AWS CLI's table formatter walks it. */
class TableBuilder {
  readonly sections: Section[] = [];
  #current: Section | undefined;

  #open(title: Title, indent: number): void {
    this.#current = new Section(title, indent);
    this.sections.push(this.#current);
  }

  #section(): Section {
    // Only a list inside a list adds to the section before it, and a list is always inside one.
    if (this.#current === undefined) throw new OutputFormatError("a table row has no section");
    return this.#current;
  }

  /** Adds `value` under `title` (none: to the current section); false for an empty value. */
  add(title: Title, value: JsonValue, indent: number): boolean {
    if (isEmpty(value)) return false;
    if (title !== null) this.#open(title, indent);
    if (Array.isArray(value)) {
      if (isObject(value[0]!)) this.#addObjects(value, title, indent);
      else
        for (const item of value) {
          if (!isContainer(item)) this.#section().addRow([item]);
          // An object's row is its member names, as iterating a Python dict gives them.
          else if (!Array.isArray(item)) this.#section().addRow(Object.keys(item));
          else if (item.every((element) => !isContainer(element))) this.#section().addRow(item);
          else this.add(null, item, 0);
        }
    } else if (isObject(value)) {
      this.#addObject(value, indent);
    }
    return true;
  }

  #addObject(object: JsonObject, indent: number): void {
    const { scalars, containers } = membersByKind([object]);
    const section = this.#section();
    if (scalars.length === 1) section.addRow([scalars[0]!, object[scalars[0]!]!]);
    else if (scalars.length > 0) {
      section.setHeaders(scalars);
      section.addRow(scalars.map((key) => object[key]!));
    }
    for (const key of containers) this.add(key, object[key]!, indent + 1);
  }

  /** A list whose first item is an object: one header of the members, a row per item. */
  #addObjects(list: JsonValue[], title: Title, indent: number): void {
    const { scalars, containers } = membersByKind(list.filter(isObject));
    // The AWS CLI reads every item as an object; of other items it gets through only an empty
    // list or empty string, and only when there is no member to look up in them.
    const readable = (item: JsonValue) =>
      isObject(item) ||
      (scalars.length === 0 &&
        ((Array.isArray(item) && item.length === 0) || (item === "" && !containers.includes(""))));
    if (!list.every(readable))
      throw new OutputFormatError(
        "a list of objects and other values cannot be printed as a table",
      );
    this.#section().setHeaders(scalars);
    list.forEach((item, i) => {
      if (i > 0 && containers.length > 0) {
        this.#open(title, indent);
        this.#section().setHeaders(scalars);
      }
      if (!isObject(item)) {
        this.#section().addRow([]);
        return;
      }
      this.#section().addRow(scalars.map((key) => (Object.hasOwn(item, key) ? item[key]! : "")));
      for (const key of containers)
        if (Object.hasOwn(item, key)) this.add(key, item[key]!, indent + 1);
    });
  }
}

/** The names of the members with scalar values and of those with lists or objects, sorted. */
function membersByKind(objects: readonly JsonObject[]): {
  scalars: string[];
  containers: string[];
} {
  const scalars = new Set<string>();
  const containers = new Set<string>();
  for (const object of objects)
    for (const key of Object.keys(object))
      (isContainer(object[key]) ? containers : scalars).add(key);
  return { scalars: sortedKeys(scalars), containers: sortedKeys(containers) };
}

/** Python's falsy values: `None`, `False`, zero, `""`, `[]`, `{}`. */
function isEmpty(value: JsonValue): boolean {
  if (value === null || value === false || value === 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** Columns a text takes on a terminal: two for East Asian wide, fullwidth and ambiguous characters. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide: true });
  return width;
}

/** Python's `round()` to a whole number: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** `count` copies of `text`; none for a count below one (as Python's `text * count`). */
function repeat(text: string, count: number): string {
  return count > 0 ? text.repeat(count) : "";
}

const ANSI = {
  valueStart: "\x1b[1m\x1b[34m",
  indentStart: "\x1b[2m\x1b[33m",
  reset: "\x1b[0m",
} as const;

function renderTable(sections: Section[], options: TableOutputOptions): string {
  let width = widest(sections);
  if (width > options.width) {
    sections.forEach((section, i) => (sections[i] = asNameValueRows(section)));
    width = widest(sections);
  }
  const lines = [repeat("-", width)];
  const edge = options.color ? `${ANSI.indentStart}|${ANSI.reset}` : "|";
  const value = (text: string) => (options.color ? `${ANSI.valueStart}${text}${ANSI.reset}` : text);
  for (const section of sections) {
    const margin = repeat(edge, section.indent);
    for (const line of sectionLines(section, width - 2 * section.indent, value))
      lines.push(margin + line + margin);
  }
  return lines.map((line) => `${line}\n`).join("");
}

function widest(sections: readonly Section[]): number {
  let width = 0;
  for (const section of sections) width = Math.max(width, section.neededWidth());
  return width;
}

/** A section of one row under headers, as one name-value row per column. */
function asNameValueRows(section: Section): Section {
  if (section.rows.length !== 1 || section.headers.length === 0) return section;
  const turned = new Section(section.title, section.indent);
  const row = section.rows[0]!;
  const pairs = Math.min(section.headers.length, row.length);
  for (let i = 0; i < pairs; i++) turned.addRow([section.headers[i]!, row[i]!]);
  return turned;
}

/** The lines of one section `width` columns wide, before its indentation. */
function sectionLines(section: Section, width: number, value: (text: string) => string): string[] {
  const lines: string[] = [];
  if (section.title) {
    lines.push(centered(section.title, width, "|", "|"));
    if (section.headers.length === 0 && section.rows.length === 0)
      lines.push(`+${repeat("-", width - 2)}+`);
  }
  if (section.headers.length > 0) {
    const widths = section.columnWidths(CELL_PADDING, width);
    lines.push(ruleLine(widths));
    lines.push(
      zipped(widths, section.headers)
        .map(([w, header], i) => centered(header, w, i === 0 ? "|" : "", "|"))
        .join(""),
    );
  }
  if (section.rows.length > 0) {
    const widths = section.columnWidths(CELL_PADDING, width);
    if (widths.length === 0) return lines;
    lines.push(ruleLine(widths));
    for (const row of section.rows)
      lines.push(
        zipped(widths, row)
          .map(([w, cell], i) => leftAligned(cell, value(cell), w, i === 0 ? "|" : ""))
          .join(""),
      );
    lines.push(ruleLine(widths));
  }
  return lines;
}

/** Pairs of a width and a cell, as many as the shorter list has (Python's `zip`). */
function zipped(widths: readonly number[], cells: readonly string[]): Array<[number, string]> {
  return widths.slice(0, cells.length).map((w, i) => [w, cells[i]!]);
}

/** `+----+------+`: the line above and below a section's header and rows. */
function ruleLine(widths: readonly number[]): string {
  return widths
    .map((w, i) => (i === 0 ? `+${repeat("-", w - 2)}+` : `${repeat("-", w - 1)}+`))
    .join("");
}

/** `text` centred between `left` and `right` in `width` columns (left of centre when odd). */
function centered(text: string, width: number, left: string, right: string): string {
  const textWidth = displayWidth(text);
  const before = Math.floor(width / 2) - Math.floor(textWidth / 2) - 1;
  const after = width - right.length - (left.length + before + textWidth);
  return left + repeat(" ", before) + text + repeat(" ", after) + right;
}

/** A cell: two blanks (when they fit), then the value (`shown`: coloured), then blanks to `|`. */
function leftAligned(text: string, shown: string, width: number, left: string): string {
  const textWidth = displayWidth(text);
  const padding = width - (textWidth + 2 + left.length + 1) >= 0 ? 2 : 0;
  return (
    left +
    repeat(" ", padding) +
    shown +
    repeat(" ", width - (left.length + padding + textWidth) - 1) +
    "|"
  );
}
