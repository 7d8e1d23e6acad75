// At the second animation frame the first frame with the page in it has been painted; the
// benchmarks read this mark as the floor's first paint, as they read Trinvis's own mark.
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('floor-painted')));
