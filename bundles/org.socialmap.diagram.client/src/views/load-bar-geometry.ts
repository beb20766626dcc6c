// A member's load: curated hours against weekly hours, shown as a bar that is full at capacity
// and marked when the member curates more than they have.

export interface LoadBarGeometry {
    fillWidth: number;
    overCapacity: boolean;
    caption: string;
}

export function loadBarGeometry(curatedHours: number, weeklyHours: number, width: number): LoadBarGeometry {
    const curated = Number.isFinite(curatedHours) ? Math.max(curatedHours, 0) : 0;
    const weekly = Number.isFinite(weeklyHours) ? Math.max(weeklyHours, 0) : 0;
    // No weekly hours at all: any curation is over capacity, none is an empty bar.
    const ratio = weekly > 0 ? curated / weekly : curated > 0 ? Infinity : 0;
    return {
        fillWidth: Math.min(ratio, 1) * Math.max(width, 0),
        overCapacity: ratio > 1,
        caption: `${formatHours(curated)} / ${formatHours(weekly)} h`
    };
}

function formatHours(hours: number): string {
    return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}
