import neo4j from "neo4j-driver";

/**
 * ISO 8601 text of the temporal values the explorer stores (DateTime, LocalDateTime, Date), exactly as the
 * driver's own toString writes it, from plain number arithmetic. The driver formats through its Integer type
 * (every two-digit field is an Integer division loop), which was a measurable share of shaping an answer that
 * carries a hundred datetimes (the trace's cone). Other temporal types (Time, LocalTime, Duration) keep the
 * driver's toString. test/unit/traceability/temporal-text.test.ts compares both on many random values.
 */
type Field = number | { toNumber(): number } | bigint;

const n = (value: Field): number =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : value.toNumber();

/** The driver's formatNumber: minus sign, then the absolute value left-padded with zeros to `length`. */
function padded(value: number, length: number, positiveSign = false): string {
  const digits = String(Math.abs(value)).padStart(length, "0");
  return value < 0 ? `-${digits}` : positiveSign ? `+${digits}` : digits;
}

function dateText(year: number, month: number, day: number): string {
  const y = year < 0 || year > 9999 ? padded(year, 6, true) : padded(year, 4);
  return `${y}-${padded(month, 2)}-${padded(day, 2)}`;
}

function timeText(hour: number, minute: number, second: number, nanosecond: number): string {
  const fraction = nanosecond === 0 ? "" : `.${padded(nanosecond, 9)}`;
  return `${padded(hour, 2)}:${padded(minute, 2)}:${padded(second, 2)}${fraction}`;
}

function offsetText(offsetSeconds: number): string {
  if (offsetSeconds === 0) return "Z";
  const sign = offsetSeconds < 0 ? "-" : "+";
  const abs = Math.abs(offsetSeconds);
  const hm = `${sign}${padded(Math.trunc(abs / 3600), 2)}:${padded(Math.trunc(abs / 60) % 60, 2)}`;
  return abs % 60 === 0 ? hm : `${hm}:${padded(abs % 60, 2)}`;
}

interface LocalParts {
  year: Field;
  month: Field;
  day: Field;
  hour: Field;
  minute: Field;
  second: Field;
  nanosecond: Field;
}

const localText = (v: LocalParts): string =>
  `${dateText(n(v.year), n(v.month), n(v.day))}T${timeText(n(v.hour), n(v.minute), n(v.second), n(v.nanosecond))}`;

/** The value's ISO text when it is a driver temporal value, else undefined. */
export function temporalText(value: object): string | undefined {
  if (neo4j.isDateTime(value)) {
    const offset = value.timeZoneOffsetSeconds;
    const zone = value.timeZoneId;
    return (
      localText(value) + (offset != null ? offsetText(n(offset)) : "") + (zone != null ? `[${zone}]` : "")
    );
  }
  if (neo4j.isLocalDateTime(value)) return localText(value);
  if (neo4j.isDate(value)) return dateText(n(value.year), n(value.month), n(value.day));
  if (neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return value.toString();
  return undefined;
}
