/** A SQL string literal. Values reaching SQL are ids and enum members validated by zod first. */
export const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `WHERE a AND b`, or nothing when there are no conditions. */
export const where = (conditions: (string | false | undefined)[]) => {
	const kept = conditions.filter(Boolean);
	return kept.length ? `WHERE ${kept.join(' AND ')}` : '';
};
