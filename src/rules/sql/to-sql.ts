import type { JsonLogic, VariableDef } from '../../domain/index.js';
import { DUCKDB, literal, POSTGRES, quote, SQLITE, type Dialect } from './dialects.js';

/**
 * Compiles an eligibility rule to a SQLite predicate over a `profiles` table with one column per
 * variable (lists and objects as JSON text, booleans as 0/1, dates as YYYY-MM-DD text, an absent
 * answer as NULL). SQL's NULL is Kleene logic, so the predicate is 1 (met), 0 (not met) or NULL
 * (unknown) exactly as the JavaScript engine answers true, false or unknown. Only the typed,
 * boolean-valued rule language the catalogue uses is accepted; anything else throws a
 * SqlUnsupportedError naming the operation.
 *
 * @example toSqlite({ '<=': [{ var: 'entry_date' }, '2021-01-31'] }, variables, '2024-01-01')
 *          // "(\"entry_date\" <= '2021-01-31')"
 */
export function toSqlite(rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string {
  return compileTo(SQLITE, rule, variables, asOf);
}

/**
 * The same predicate for DuckDB, over native columns: lists as VARCHAR[], family as a list of
 * STRUCT(country, relationship, status), booleans as BOOLEAN, dates as YYYY-MM-DD VARCHAR.
 */
export function toDuckdb(rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string {
  return compileTo(DUCKDB, rule, variables, asOf);
}

/**
 * The same predicate for PostgreSQL, over native columns: country lists as text[], an object list
 * as an array of a composite type with one attribute per field (e.g. `CREATE TYPE family_item AS
 * (country text, relationship text, status text)`, column `family family_item[]`), booleans as
 * BOOLEAN, numbers as double precision, dates as YYYY-MM-DD text.
 */
export function toPostgres(rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string {
  return compileTo(POSTGRES, rule, variables, asOf);
}

function compileTo(dialect: Dialect, rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string {
  return new SqlCompiler(dialect, new Map(variables.map((v) => [v.id, v])), asOf).bool(rule, null);
}

export class SqlUnsupportedError extends Error {}

/** Inside some/all/none: the item's alias, and the list variable it comes from. */
type Item = { alias: string; list: VariableDef };

class SqlCompiler {
  private aliases = 0;

  constructor(private readonly d: Dialect, private readonly variables: ReadonlyMap<string, VariableDef>, private readonly asOf: string) {}

  /** A boolean-valued expression: 1, 0 or NULL. */
  bool(rule: JsonLogic, item: Item | null): string {
    if (typeof rule === 'boolean') return this.d.boolean(rule);
    const [op, args] = this.split(rule);
    switch (op) {
      case 'and':
      case 'or':
        if (args.length === 0) throw new SqlUnsupportedError(`'${op}' needs operands`);
        return `(${args.map((a) => this.bool(a, item)).join(` ${op.toUpperCase()} `)})`;
      case '!':
        return `(NOT ${this.bool(args[0] as JsonLogic, item)})`;
      case '!!':
        return this.bool(args[0] as JsonLogic, item);
      case 'var':
        return this.truthiness(this.variable(args, item));
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return this.compare(op, args, item);
      case 'in':
        return this.inList(args, item);
      case 'intersects':
        return this.intersects(args, item);
      case 'some':
      case 'all':
      case 'none':
        return this.iterate(op, args, item);
      default:
        throw new SqlUnsupportedError(`operation '${op}' is not supported in SQL`);
    }
  }

  /** JsonLogic truthiness of a variable: an empty list or text is false, as is 0. */
  private truthiness({ sql, type }: { sql: string; type: string }): string {
    if (type === 'boolean') return sql;
    if (type === 'country_list' || type === 'object_list') return this.d.nonEmpty(sql);
    if (type === 'number') return `(${sql} <> 0)`;
    return `(${sql} <> '')`;
  }

  /** `{"var": name}`: a profile column, a list item (`""`) or an item's field, and its type. */
  private variable(args: JsonLogic[], item: Item | null): { sql: string; type: string } {
    const [name] = args;
    if (typeof name !== 'string' || args.length !== 1) throw new SqlUnsupportedError("'var' is supported with a plain variable name only");
    if (!item) {
      const def = this.variables.get(name);
      if (!def) throw new SqlUnsupportedError(`unknown variable '${name}'`);
      return { sql: quote(name), type: def.type };
    }
    if (item.list.type !== 'object_list') {
      if (name !== '') throw new SqlUnsupportedError(`the items of '${item.list.id}' are read as {"var": ""}`);
      return { sql: this.d.itemValue(item.alias), type: 'country' };
    }
    const field = item.list.fields?.find((f) => f.id === name);
    if (!field) throw new SqlUnsupportedError(`the items of '${item.list.id}' have no field '${name}'`);
    return { sql: this.d.itemField(item.alias, name), type: field.type };
  }

  private split(rule: JsonLogic): [string, JsonLogic[]] {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || Object.keys(rule).length !== 1) {
      throw new SqlUnsupportedError(`expected an operation, found ${JSON.stringify(rule)}`);
    }
    const op = Object.keys(rule)[0] as string;
    const raw = rule[op] as JsonLogic;
    return [op, Array.isArray(raw) ? raw : [raw]];
  }

  private compare(op: string, args: JsonLogic[], item: Item | null): string {
    const sqlOp = op === '==' ? '=' : op === '!=' ? '<>' : op;
    const values = args.map((a) => this.value(a, item));
    if (values.length === 3 && (op === '<' || op === '<=')) {
      const [low, x, high] = values as [string, string, string];
      const between = `(${low} ${sqlOp} ${x} AND ${x} ${sqlOp} ${high})`;
      // JsonLogic is unknown when any operand is; SQL's AND is false when the other comparison is.
      const unknownBound = [args[0], args[2]].some((a) => typeof a === 'object' && a !== null);
      return unknownBound ? `(CASE WHEN ${low} IS NULL OR ${high} IS NULL THEN NULL ELSE ${between} END)` : between;
    }
    if (values.length !== 2) throw new SqlUnsupportedError(`'${op}' takes two operands here`);
    return this.ageCutoff(op, args, item) ?? `(${values[0]} ${sqlOp} ${values[1]})`;
  }

  /**
   * `years_between(date, as_of) <op> n` for a whole n, as text comparisons of the date against
   * the evaluation date moved back n years: "at least n years" is "on or before that day". The
   * general expression takes the date apart per row; this one lets the engine compare strings
   * (DuckDB ran the catalogue's age and residence-duration tests 1.5× slower without it, see
   * bench/README.md). Same answers, NULL included: each comparison is NULL when the date is.
   */
  private ageCutoff(op: string, args: JsonLogic[], item: Item | null): string | undefined {
    const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
    const [a, b] = args as [JsonLogic, JsonLogic];
    const [years, n, cmp] = typeof a === 'number' ? [b, a, flipped[op] as string] : [a, b, op];
    if (typeof n !== 'number' || !Number.isInteger(n)) return undefined;
    const date = this.yearsSinceDate(years, item);
    const year = Number(this.asOf.slice(0, 4));
    if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(this.asOf) || year - n - 1 < 0 || year - n > 9999) return undefined;
    const cutoff = (k: number) => literal(`${String(year - k).padStart(4, '0')}${this.asOf.slice(4)}`);
    const atLeast = (k: number) => `${date} <= ${cutoff(k)}`;
    const below = (k: number) => `${date} > ${cutoff(k)}`;
    switch (cmp) {
      case '>=': return `(${atLeast(n)})`;
      case '>': return `(${atLeast(n + 1)})`;
      case '<': return `(${below(n)})`;
      case '<=': return `(${below(n + 1)})`;
      case '==': return `(${atLeast(n)} AND ${below(n + 1)})`;
      default: return `(${below(n)} OR ${atLeast(n + 1)})`;
    }
  }

  /** The date column of `years_between({"var": date}, {"as_of": []})`, if `rule` is that. */
  private yearsSinceDate(rule: JsonLogic, item: Item | null): string | undefined {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || !('years_between' in rule)) return undefined;
    const [from, to] = this.split(rule)[1];
    const isAsOf = typeof to === 'object' && to !== null && !Array.isArray(to) && 'as_of' in to;
    if (!isAsOf || varName(from as JsonLogic) === undefined) return undefined;
    const v = this.variable([varName(from as JsonLogic) as string], item);
    return v.type === 'date' ? v.sql : undefined;
  }

  private inList(args: JsonLogic[], item: Item | null): string {
    const list = args[1];
    const left = this.value(args[0] as JsonLogic, item);
    if (varName(list as JsonLogic) !== undefined && item === null) {
      const column = quote(this.listVariable(list as JsonLogic, item).id);
      return `(CASE WHEN ${left} IS NULL OR ${column} IS NULL THEN NULL ELSE ${this.d.contains(column, left)} END)`;
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' || typeof x === 'number')) {
      throw new SqlUnsupportedError("'in' is supported with a literal list or a list variable only");
    }
    return list.length === 0 ? `(CASE WHEN ${left} IS NULL THEN NULL ELSE ${this.d.boolean(false)} END)` : `(${left} IN (${list.map(literal).join(', ')}))`;
  }

  private intersects(args: JsonLogic[], item: Item | null): string {
    const column = quote(this.listVariable(args[0] as JsonLogic, item).id);
    const list = args[1];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new SqlUnsupportedError("'intersects' is supported with a literal list only");
    const inner = list.length === 0 ? this.d.boolean(false) : this.d.containsAny(column, list.map(literal));
    return `(CASE WHEN ${column} IS NULL THEN NULL ELSE ${inner} END)`;
  }

  private iterate(op: string, args: JsonLogic[], item: Item | null): string {
    const list = this.listVariable(args[0] as JsonLogic, item);
    const column = quote(list.id);
    const alias = `i${this.aliases++}`;
    const inner = this.bool(args[1] as JsonLogic, { alias, list });
    const any = (condition: string) => this.d.anyItem(column, alias, condition);
    // List items are complete answers, so the condition inside is true or false, never unknown.
    const body = op === 'some' ? any(inner)
      : op === 'none' ? `NOT ${any(inner)}`
        : `(${this.d.nonEmpty(column)} AND NOT ${any(`NOT ${inner}`)})`;
    return `(CASE WHEN ${column} IS NULL THEN NULL ELSE ${body} END)`;
  }

  private listVariable(rule: JsonLogic, item: Item | null): VariableDef {
    const name = varName(rule);
    if (name === undefined || item !== null) throw new SqlUnsupportedError('lists must be profile variables');
    const def = this.variables.get(name);
    if (!def || (def.type !== 'country_list' && def.type !== 'object_list')) throw new SqlUnsupportedError(`'${name}' is not a list variable`);
    return def;
  }

  /** A value: a literal, a variable (column or list item field), `as_of` or `years_between`. */
  value(rule: JsonLogic, item: Item | null): string {
    if (typeof rule === 'string' || typeof rule === 'number') return literal(rule);
    if (typeof rule === 'boolean') return this.d.boolean(rule);
    if (rule === null) return 'NULL';
    const [op, args] = this.split(rule);
    if (op === 'as_of') return literal(this.asOf);
    if (op === 'years_between') {
      const [from, to] = args.map((a) => this.value(a, item)) as [string, string];
      return `(CAST(substr(${to}, 1, 4) AS INTEGER) - CAST(substr(${from}, 1, 4) AS INTEGER) - CAST((substr(${to}, 6, 5) < substr(${from}, 6, 5)) AS INTEGER))`;
    }
    return op === 'var' ? this.variable(args, item).sql : this.bool(rule, item);
  }
}

const varName = (rule: JsonLogic): string | undefined =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule) && typeof rule.var === 'string' ? rule.var : undefined;

