/**
 * Where a chart's image puts things, in CSS pixels, drawn `scale` times larger (840 × 1.5 = 1260
 * px wide): the title within `margin` of the top, the chart below it, the sources and the dataset
 * citation in lines of `text.line` down to `margin` above the bottom.
 */
export const imageLayout = {
	width: 840,
	margin: 20,
	chartHeight: 400,
	scale: 1.5,
	title: { size: 20, line: 26 },
	text: { size: 13, line: 18 },
	gap: 14
} as const;
