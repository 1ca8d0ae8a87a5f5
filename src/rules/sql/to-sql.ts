import type { JsonLogic, VariableDef } from '../../domain/index.js';

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
  return new SqlCompiler(SQLITE, new Map(variables.map((v) => [v.id, v])), asOf).bool(rule, null);
}

/**
 * The same predicate for DuckDB, over native columns: lists as VARCHAR[], family as a list of
 * STRUCT(country, relationship, status), booleans as BOOLEAN, dates as YYYY-MM-DD VARCHAR.
 */
export function toDuckdb(rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string {
  return new SqlCompiler(DUCKDB, new Map(variables.map((v) => [v.id, v])), asOf).bool(rule, null);
}

/** What differs between SQL dialects: booleans, and how lists are searched. */
interface Dialect {
  boolean(value: boolean): string;
  nonEmpty(list: string): string;
  containsAny(list: string, values: string[]): string;
  contains(list: string, value: string): string;
  /** Rows of `list` satisfying `condition` (which reads the item through `item`) exist / count. */
  anyItem(list: string, item: string, condition: string): string;
  itemValue(item: string): string;
  itemField(item: string, field: string): string;
}

const SQLITE: Dialect = {
  boolean: (v) => (v ? '1' : '0'),
  nonEmpty: (list) => `(json_array_length(${list}) > 0)`,
  containsAny: (list, values) => `EXISTS (SELECT 1 FROM json_each(${list}) WHERE value IN (${values.join(', ')}))`,
  contains: (list, value) => `EXISTS (SELECT 1 FROM json_each(${list}) WHERE value = ${value})`,
  anyItem: (list, item, condition) => `EXISTS (SELECT 1 FROM json_each(${list}) AS ${item} WHERE ${condition})`,
  itemValue: (item) => `${item}.value`,
  itemField: (item, field) => `json_extract(${item}.value, '$.${field}')`,
};

const DUCKDB: Dialect = {
  boolean: (v) => (v ? 'TRUE' : 'FALSE'),
  nonEmpty: (list) => `(len(${list}) > 0)`,
  containsAny: (list, values) => `list_has_any(${list}, [${values.join(', ')}])`,
  contains: (list, value) => `list_contains(${list}, ${value})`,
  anyItem: (list, item, condition) => `(len(list_filter(${list}, lambda ${item}: coalesce(${condition}, FALSE))) > 0)`,
  itemValue: (item) => item,
  itemField: (item, field) => `${item}.${field}`,
};

export class SqlUnsupportedError extends Error {}

type Item = { alias: string; fields: 'scalar' | 'object' };

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
        return this.truthiness(rule, item);
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
  private truthiness(rule: JsonLogic, item: Item | null): string {
    const column = this.value(rule, item);
    const def = item ? undefined : this.variables.get(varName(rule) ?? '');
    if (!def || def.type === 'boolean') return column;
    if (def.type === 'country_list' || def.type === 'object_list') return this.d.nonEmpty(column);
    if (def.type === 'number') return `(${column} <> 0)`;
    return `(${column} <> '')`;
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
      return `(${values[0]} ${sqlOp} ${values[1]} AND ${values[1]} ${sqlOp} ${values[2]})`;
    }
    if (values.length !== 2) throw new SqlUnsupportedError(`'${op}' takes two operands here`);
    return `(${values[0]} ${sqlOp} ${values[1]})`;
  }

  private inList(args: JsonLogic[], item: Item | null): string {
    const list = args[1];
    const left = this.value(args[0] as JsonLogic, item);
    if (varName(list as JsonLogic) !== undefined && item === null) {
      const column = this.listColumn(list as JsonLogic, item);
      return `(CASE WHEN ${left} IS NULL OR ${column} IS NULL THEN NULL ELSE ${this.d.contains(column, left)} END)`;
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' || typeof x === 'number')) {
      throw new SqlUnsupportedError("'in' is supported with a literal list or a list variable only");
    }
    return list.length === 0 ? `(CASE WHEN ${left} IS NULL THEN NULL ELSE ${this.d.boolean(false)} END)` : `(${left} IN (${list.map(literal).join(', ')}))`;
  }

  private intersects(args: JsonLogic[], item: Item | null): string {
    const column = this.listColumn(args[0] as JsonLogic, item);
    const list = args[1];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new SqlUnsupportedError("'intersects' is supported with a literal list only");
    const inner = list.length === 0 ? this.d.boolean(false) : this.d.containsAny(column, list.map(literal));
    return `(CASE WHEN ${column} IS NULL THEN NULL ELSE ${inner} END)`;
  }

  private iterate(op: string, args: JsonLogic[], item: Item | null): string {
    const column = this.listColumn(args[0] as JsonLogic, item);
    const variable = this.variables.get(varName(args[0] as JsonLogic) ?? '');
    const alias = `i${this.aliases++}`;
    const inner = this.bool(args[1] as JsonLogic, { alias, fields: variable?.type === 'object_list' ? 'object' : 'scalar' });
    const any = (condition: string) => this.d.anyItem(column, alias, condition);
    // List items are complete answers, so the condition inside is true or false, never unknown.
    const body = op === 'some' ? any(inner)
      : op === 'none' ? `NOT ${any(inner)}`
        : `(${this.d.nonEmpty(column)} AND NOT ${any(`NOT ${inner}`)})`;
    return `(CASE WHEN ${column} IS NULL THEN NULL ELSE ${body} END)`;
  }

  private listColumn(rule: JsonLogic, item: Item | null): string {
    const name = varName(rule);
    if (name === undefined || item !== null) throw new SqlUnsupportedError('lists must be profile variables');
    const def = this.variables.get(name);
    if (!def || (def.type !== 'country_list' && def.type !== 'object_list')) throw new SqlUnsupportedError(`'${name}' is not a list variable`);
    return quote(name);
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
    if (op !== 'var' || typeof args[0] !== 'string' || args.length !== 1) return this.bool(rule, item);
    const name = args[0];
    if (item) return item.fields === 'object' ? this.d.itemField(item.alias, quote(name)) : this.d.itemValue(item.alias);
    if (!this.variables.has(name)) throw new SqlUnsupportedError(`unknown variable '${name}'`);
    return quote(name);
  }
}

const varName = (rule: JsonLogic): string | undefined =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule) && typeof rule.var === 'string' ? rule.var : undefined;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function literal(value: string | number): string {
  return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
}
