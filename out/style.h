/* SPDX-License-Identifier: MIT */
/* style.h: private to out/: the diagram's look, read from style.json (the
 * embedded copy, or the one in KgOutOptions.data_dir), and the helpers that
 * dot.c, legend.c and render.c share to build a cgraph graph. */
#ifndef KG_STYLE_H
#define KG_STYLE_H

#include <graphviz/cgraph.h>

#include "kg-out.h"

G_BEGIN_DECLS

/* Shape, colours and names of one entity type (or of "discovered"). */
typedef struct {
  const char *shape, *style, *fill, *color;
  const char *label[KG_LANG_N];
} KgTypeStyle;

/* Label and colour of one predicate. */
typedef struct {
  const char *label[KG_LANG_N];
  const char *color;
} KgPredicateStyle;

/* Line style and legend text of one status. */
typedef struct {
  const char *style;
  const char *label[KG_LANG_N];
} KgStatusStyle;

/* The whole style.  Immutable once loaded; lives as long as the process. */
typedef struct {
  const char *font;
  double node_size, edge_size, title_size, legend_size;
  KgTypeStyle types[KG_TYPE_N];
  KgTypeStyle discovered;
  KgPredicateStyle predicates[KG_PRED_N];
  KgStatusStyle status[KG_STATUS_N];
  double pen_min, pen_step, pen_max;
  const char *title[KG_LANG_N];
  /* What the view left out: focus, omitted ("{list}"), its parts, and the
   * heading of the block of entities with no relation. */
  const char *view_focus[KG_LANG_N], *view_omitted[KG_LANG_N], *view_outside[KG_LANG_N];
  const char *view_isolated[KG_LANG_N], *view_cut[KG_LANG_N], *view_unrelated[KG_LANG_N];
  const char *legend_types[KG_LANG_N], *legend_lines[KG_LANG_N], *legend_width[KG_LANG_N];
  const char *tip_names[KG_LANG_N], *tip_mentions[KG_LANG_N], *tip_sources[KG_LANG_N];
} KgStyle;

/* Loads style.json from \p data_dir (else the embedded copy) the first time a
 * folder is asked for, and checks it: every type, predicate and status, and
 * #rrggbb colours.  Thread-safe.
 * @return (transfer none): the style, or NULL with KG_OUT_ERROR_STYLE */
const KgStyle *kg_style_get (const char *data_dir, GError **error);

/* @return the pen width for \p evidence_count supporting sentences: min +
 * step * log2(count), at most max.  O(1). */
double kg_style_penwidth (const KgStyle *style, guint evidence_count);

/* @return (transfer full): \p text made safe for a plain Graphviz label or
 * tooltip: valid UTF-8, control characters and bidi overrides removed, tabs
 * and newlines made spaces, backslashes doubled (Graphviz reads \N, \l...),
 * '&' before a letter or '#' kept from reading as an entity, cut to at most
 * \p max_chars characters with an ellipsis. */
char *kg_diagram_text (const char *text, glong max_chars);
/* The same for a tooltip, whose escapes Graphviz expands twice: each
 * backslash is written four times. */
char *kg_diagram_tip_text (const char *text, glong max_chars);
/* @return (transfer full): \p text cleaned the same way (Graphviz reads
 * backslashes in HTML-like labels too) and escaped for an HTML-like label */
char *kg_diagram_html_text (const char *text, glong max_chars);

/* Builds the cgraph graph that every diagram format draws: nodes, edges,
 * title and legend, and the layout engine in the "layout" attribute.
 * @return (transfer full): the graph; free with agclose().  NULL with \p error */
Agraph_t *kg_diagram_build (const KgGraph *graph, const KgOutOptions *options, GError **error);

/* @return the engine for \p graph: options->layout, else dot for small
 * graphs and sfdp for large ones */
const char *kg_diagram_engine (const KgGraph *graph, const KgOutOptions *options);

/* legend.c: sets the graph label to the title (corpus name and counts,
 * the focus, what the view left out), the legend (types, line styles) and
 * the \p unrelated entities (nullable; KgEntity, drawn as a grid of cells),
 * as one HTML-like table, its fonts \p scale times their size in style.json. */
void kg_diagram_add_legend (Agraph_t *g, const KgGraph *graph, const KgOutOptions *options,
                            const KgStyle *style, double scale, GPtrArray *unrelated);

/* The most characters of a node label. */
#define KG_DIAGRAM_LABEL_MAX 48

/* dot.c: @return (transfer full): the tooltip of \p entity: names and
 * aliases, type, mentions, sources, QID; cleaned for a plain attribute,
 * lines broken by Graphviz's "\\n" escape, or with \p html for an
 * attribute of an HTML-like label, markup escaped, broken by "&#10;" */
char *kg_diagram_node_tooltip (KgEntity *entity, const KgStyle *style, KgLang lang, gboolean html);
/* @return (transfer full) (nullable): the Wikidata page of \p entity */
char *kg_diagram_entity_url (KgEntity *entity);

/* Sets attribute \p name of \p obj, declaring it with an empty default. */
void kg_diagram_set (void *obj, const char *name, const char *value);

G_END_DECLS

#endif /* KG_STYLE_H */
