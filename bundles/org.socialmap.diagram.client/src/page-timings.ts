// When the page reached each step of opening a diagram, for the studio's start figures and the
// benchmarks (docs/benchmarks.md): User Timing marks, read back relative to the clock's origin so
// that a host (the Eclipse editor) can line them up with its own clock.

export type PageStep = 'script' | 'session' | 'connected' | 'requested' | 'drawn';

const PREFIX = 'socialmap:';

export function markStep(step: PageStep): void {
    performance.mark(PREFIX + step);
}

/**
 * Milliseconds since the Unix epoch at which the page started navigating, got its HTML, and
 * reached each marked step (the first time).
 */
export function pageTimings(): Record<string, number> {
    const origin = performance.timeOrigin;
    const timings: Record<string, number> = { navigation: Math.round(origin) };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation) {
        timings.html = Math.round(origin + navigation.responseEnd);
    }
    for (const mark of performance.getEntriesByType('mark')) {
        const step = mark.name.startsWith(PREFIX) ? mark.name.substring(PREFIX.length) : undefined;
        if (step && !(step in timings)) {
            timings[step] = Math.round(origin + mark.startTime);
        }
    }
    return timings;
}
