// chart.js with only what the site's charts draw, so that the bundle leaves out the rest (line,
// pie, radar, time scales, the filler and title plugins…). A chart of a new type registers it here.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	ScatterController,
	PointElement,
	CategoryScale,
	LinearScale,
	Legend,
	Tooltip
);

export { Chart };
