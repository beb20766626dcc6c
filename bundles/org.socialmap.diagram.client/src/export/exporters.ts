// SVG and PNG export for the GLSP export pipeline (RequestExportAction -> ExportResultAction).
// Both replace GLSP's defaults: the SVG is made self-contained and leaves out the page's controls,
// and the PNG is drawn on a plain <canvas> since GLSP's OffscreenCanvas gives a blank image in
// WebKitGTK (the SWT Browser on Linux).
import { Action, DiagramExporter, GLSPSvgExporter, GModelRoot, PngExportOptions, SvgExportOptions } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { withoutPageControls } from './page-controls';
import { makeSelfContained, svgDataUri } from './svg-inliner';
import { rasterSize, withRasterSize } from './svg-raster-size';

/** Twice the diagram's size unless a size is asked for, so text stays sharp when zoomed. */
const DEFAULT_PNG_SCALE = 2;

async function fetchAsDataUri(url: string): Promise<string | undefined> {
    try {
        const response = await fetch(url);
        if (!response.ok) {
            return undefined;
        }
        const text = await response.text();
        return svgDataUri(text);
    } catch {
        return undefined;
    }
}

@injectable()
export class SelfContainedSvgExporter implements DiagramExporter<SvgExportOptions> {
    readonly format = 'svg';
    readonly mimeType = 'image/svg+xml';
    readonly encoding = 'text';

    @inject(GLSPSvgExporter) protected svgExporter!: GLSPSvgExporter;

    async export(root: GModelRoot, options: SvgExportOptions = {}, cause?: Action): Promise<string> {
        return makeSelfContained(withoutPageControls(this.svgExporter.exportToString(root, options, cause)), fetchAsDataUri);
    }
}

@injectable()
export class CanvasPngExporter implements DiagramExporter<PngExportOptions> {
    readonly format = 'png';
    readonly mimeType = 'image/png';
    readonly encoding = 'base64';

    @inject(SelfContainedSvgExporter) protected svgExporter!: SelfContainedSvgExporter;

    async export(root: GModelRoot, options: PngExportOptions = {}, cause?: Action): Promise<string> {
        const svg = await this.svgExporter.export(root, options, cause);
        const size = rasterSize(svg, { width: options.width, height: options.height, scale: DEFAULT_PNG_SCALE });
        const image = await loadImage(svgDataUri(withRasterSize(svg, size)));
        const canvas = document.createElement('canvas');
        canvas.width = size.width;
        canvas.height = size.height;
        const context = canvas.getContext('2d');
        if (!context) {
            throw new Error('PNG export: this browser gives no 2D canvas.');
        }
        context.fillStyle = options.background ?? 'white';
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(image, 0, 0, size.width, size.height);
        return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    }
}

function loadImage(source: string): Promise<HTMLImageElement> {
    return new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = () => reject(new Error('PNG export: the browser could not draw the exported SVG.'));
        image.src = source;
    });
}
