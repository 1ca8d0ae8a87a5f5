import { useI18n } from '../i18n/i18n.js';
import type { ShadeClass } from './shades.js';

/**
 * The key to the shades of a map or heat-table: a swatch and the counts it stands for. The
 * figures themselves are also written out (in cells, labels or a table), so colour is never the
 * only carrier.
 */
export function ShadeLegend({ scale, title }: { scale: readonly ShadeClass[]; title: string }) {
  const { t, number } = useI18n();
  const words = (c: ShadeClass) => (c.to === 0 ? t('map.legend.none') : c.from === c.to ? number(c.from) : t('map.legend.range', { from: c.from, to: c.to }));
  return (
    <div class="shade-legend">
      <p class="legend-title" id="shade-legend-title">{title}</p>
      <ul class="legend" aria-labelledby="shade-legend-title">
        {scale.map((c, i) => (
          <li key={i} data-shade={i}>
            <span class={`swatch shade-${i}`} aria-hidden="true" />
            {words(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
