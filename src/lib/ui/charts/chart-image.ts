// A chart as a PNG to save: its title at the top, the chart, then the articles its figures come
// from and the dataset's citation, in the page's colour scheme. Browser only (it draws on canvas);
// loaded when the first image is asked for.
import type { ChartConfiguration } from 'chart.js';
import type { Locale } from '$lib/domain/locale';
import type { ChartSpec } from './chart-parts';
import { Chart } from './chart-js';
import type { ChartTheme } from './theme';
import { imageLayout as layout } from './image-layout';
import { citationLine, sourceLines, wrapText } from './image-text';

export interface ChartImageRequest {
	spec: ChartSpec;
	title: string;
	theme: ChartTheme;
	locale: Locale;
	/** The date the data is as of, and the address of the /data page, for the citation. */
	asOf: string;
	address: string;
	/** The page's font, for the title and the sources. */
	fontFamily: string;
}

/** The chart alone, drawn at once at the image's width: not responsive, not animated, no events. */
function drawChart(config: ChartConfiguration, width: number): HTMLCanvasElement {
	const canvas = Object.assign(document.createElement('canvas'), {
		width,
		height: layout.chartHeight
	});
	const chart = new Chart(canvas, {
		...config,
		data: { ...config.data, datasets: config.data.datasets.map((d) => ({ ...d })) },
		options: {
			...config.options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: layout.scale,
			events: []
		}
	});
	// The bitmap stays on the canvas when the chart lets go of it (chart.js clears it on destroy).
	const copy = Object.assign(document.createElement('canvas'), {
		width: canvas.width,
		height: canvas.height
	});
	copy.getContext('2d')!.drawImage(canvas, 0, 0);
	chart.destroy();
	return copy;
}

/** The PNG of the chart of `request`, with its title, sources and citation. */
export async function chartImage(request: ChartImageRequest): Promise<Blob> {
	const { spec, theme, locale, fontFamily } = request;
	const { width, margin, scale, title, text, gap, chartHeight } = layout;
	const inner = width - 2 * margin;
	const titleFont = `600 ${title.size}px ${fontFamily}`;
	const textFont = `${text.size}px ${fontFamily}`;

	const measuring = document.createElement('canvas').getContext('2d')!;
	const wrap = (line: string, font: string) => {
		measuring.font = font;
		return wrapText(line, inner, (s) => measuring.measureText(s).width);
	};
	const titleLines = wrap(request.title, titleFont);
	const sources = sourceLines(spec.sources, locale).flatMap((line) => wrap(line, textFont));
	const citation = wrap(citationLine(request.asOf, locale, request.address), textFont);
	const footerLines = [...sources, ...citation];

	const chartTop = margin + titleLines.length * title.line + gap;
	const footerTop = chartTop + chartHeight + gap;
	const height = footerTop + gap + footerLines.length * text.line + margin;

	const image = Object.assign(document.createElement('canvas'), {
		width: Math.round(width * scale),
		height: Math.round(height * scale)
	});
	const ctx = image.getContext('2d')!;
	ctx.scale(scale, scale);
	ctx.fillStyle = theme.background;
	ctx.fillRect(0, 0, width, height);
	ctx.textBaseline = 'top';

	ctx.fillStyle = theme.text;
	ctx.font = titleFont;
	titleLines.forEach((line, i) => ctx.fillText(line, margin, margin + i * title.line));

	ctx.drawImage(drawChart(spec.config, inner), margin, chartTop, inner, chartHeight);

	ctx.strokeStyle = theme.grid;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(margin, footerTop + 0.5);
	ctx.lineTo(width - margin, footerTop + 0.5);
	ctx.stroke();

	ctx.font = textFont;
	footerLines.forEach((line, i) => {
		// The sources in the text colour, the citation (after them) in the muted one.
		ctx.fillStyle = i < sources.length ? theme.text : theme.muted;
		ctx.fillText(line, margin, footerTop + gap + i * text.line);
	});

	return new Promise((resolve, reject) =>
		image.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no image'))),
			'image/png'
		)
	);
}
