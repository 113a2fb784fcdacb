/* SPDX-License-Identifier: MIT */
/* dot.c: builds the cgraph graph of a KgGraph that every diagram format
 * draws (one node per entity that has a relation, one edge per relation,
 * styled by style.json; tooltips with names, sources and evidence; the
 * entities without relations go to a grid in the legend), picks the layout
 * engine by size, and the DOT exporter, which writes it with agwrite().
 * Attributes are declared up front in a fixed order, so the DOT text is the
 * same from run to run. */
#include <math.h>
#include <string.h>

#include "exporters.h"
#include "style.h"

/* Engines by the number of nodes drawn.  dot draws founder -> company ->
 * model chains best, but on a dense graph of 80 nodes its long edges cross
 * everywhere, and on 1,000 it takes minutes.  neato spreads a mid-sized
 * graph evenly; its stress layout is O(n^2), so beyond NEATO_MAX_NODES
 * sfdp (a few seconds for 2,000 nodes).  Both draw straight edges (neato
 * fans parallel ones out): routing splines around the nodes takes 3 s for
 * 80 nodes where straight lines take 0.2 s, and 40 s for 300, and reads
 * no better. */
#define DOT_MAX_NODES 60
#define NEATO_MAX_NODES 400
/* The most characters of one tooltip sentence. */
#define LABEL_MAX KG_DIAGRAM_LABEL_MAX
#define SENTENCE_MAX 280

typedef struct {
  Agraph_t *g;
  const KgStyle *style;
  KgLang lang;
  GHashTable *nodes;    /* entity id -> Agnode_t */
  GHashTable *related;  /* (nullable) entities drawn as nodes; NULL: all */
  GPtrArray *unrelated; /* the others, for the legend's grid */
  KgEntity *focus;      /* (nullable) drawn with a thick outline */
} Builder;

void
kg_diagram_set (void *obj, const char *name, const char *value)
{
  agsafeset (obj, (char *) name, (char *) value, "");
}

static void
add_ends (KgRelation *r, gpointer user_data)
{
  g_hash_table_add (user_data, kg_relation_get_subject (r));
  g_hash_table_add (user_data, kg_relation_get_object (r));
}

/* @return (transfer full): the set of entities (KgEntity *) in a relation */
static GHashTable *
related_entities (const KgGraph *graph)
{
  GHashTable *related = g_hash_table_new (NULL, NULL);
  kg_graph_foreach_relation (graph, add_ends, related);
  return related;
}

/* @return the number of nodes drawn: entities with a relation, or all of
 * them in a graph without relations */
static guint
n_nodes (const KgGraph *graph, GHashTable *related)
{
  guint n = g_hash_table_size (related);
  return n > 0 ? n : kg_graph_n_entities (graph);
}

static const char *
engine_for (const KgOutOptions *options, guint nodes)
{
  if (options->layout != NULL && *options->layout != '\0')
    return options->layout;
  return nodes <= DOT_MAX_NODES ? "dot" : nodes <= NEATO_MAX_NODES ? "neato" : "sfdp";
}

const char *
kg_diagram_engine (const KgGraph *graph, const KgOutOptions *options)
{
  g_autoptr (GHashTable) related = related_entities (graph);
  return engine_for (options, n_nodes (graph, related));
}

/* The node name: the entity id when it is a plain slug (readable DOT), else
 * a counter, so odd ids from a hand-made JSON-LD never reach the DOT text. */
static char *
node_name (const char *id, guint index)
{
  gboolean plain = *id != '\0' && strlen (id) <= 80;
  for (const char *p = id; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.';
  return plain ? g_strdup (id) : g_strdup_printf ("entity%u", index);
}

static gboolean
is_qid (const char *qid)
{
  if (qid == NULL || qid[0] != 'Q' || qid[1] == '\0' || strlen (qid) > 12)
    return FALSE;
  for (const char *p = qid + 1; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Text for a plain attribute (Graphviz escapes, "\\n" line breaks) or for
 * an attribute of an HTML-like label (markup escaped, "&#10;"). */
static char *
clean (const char *text, glong max, gboolean html)
{
  return html ? kg_diagram_html_text (text, max) : kg_diagram_tip_text (text, max);
}

/* Appends the items of \p list, cleaned, joined by ", " (at most \p max). */
static void
append_list (GString *s, GPtrArray *list, guint max, guint total, gboolean html)
{
  for (guint i = 0; i < list->len && i < max; i++)
    {
      g_autofree char *item = clean (g_ptr_array_index (list, i), LABEL_MAX * 2, html);
      g_string_append_printf (s, "%s%s", i ? ", " : "", item);
    }
  if (total > MIN (list->len, max))
    g_string_append_printf (s, ", … (%u)", total);
}

/* Appends a line break, then "\p key: " */
static void
append_key (GString *s, const char *key, gboolean html)
{
  g_autofree char *k = clean (key, LABEL_MAX, html);
  g_string_append_printf (s, "%s%s: ", html ? "&#10;" : "\\n", k);
}

char *
kg_diagram_node_tooltip (KgEntity *e, const KgStyle *style, KgLang lang, gboolean html)
{
  GString *s = g_string_new (NULL);
  for (int l = 0; l < KG_LANG_N; l++)
    {
      g_autofree char *name = clean (kg_entity_get_name (e, l), LABEL_MAX * 2, html);
      if (*name != '\0')
        g_string_append_printf (s, "%s%s", s->len ? " / " : "", name);
    }
  const KgTypeStyle *ts = &style->types[kg_entity_get_type (e)];
  g_autofree char *type = clean (ts->label[lang], LABEL_MAX, html);
  g_string_append_printf (s, " (%s)", type);
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (e);
  append_key (s, style->tip_names[lang], html);
  append_list (s, aliases, 24, aliases->len, html);
  append_key (s, style->tip_mentions[lang], html);
  g_string_append_printf (s, "%u", kg_entity_get_mentions (e));
  append_key (s, style->tip_sources[lang], html);
  g_autoptr (GPtrArray) docs = kg_entity_get_documents (e);
  append_list (s, docs, KG_ENTITY_MAX_DOCUMENTS, kg_entity_get_n_documents (e), html);
  if (is_qid (kg_entity_get_qid (e)))
    {
      append_key (s, "Wikidata", html);
      g_string_append (s, kg_entity_get_qid (e));
    }
  if (kg_entity_get_discovered (e))
    {
      g_autofree char *d = clean (style->discovered.label[lang], LABEL_MAX * 2, html);
      g_string_append_printf (s, "%s%s", html ? "&#10;" : "\\n", d);
    }
  return g_string_free (s, FALSE);
}

char *
kg_diagram_entity_url (KgEntity *entity)
{
  const char *qid = kg_entity_get_qid (entity);
  return is_qid (qid) ? g_strconcat ("https://www.wikidata.org/wiki/", qid, NULL) : NULL;
}

static void
add_node (KgEntity *e, gpointer user_data)
{
  Builder *b = user_data;
  if (b->related != NULL && !g_hash_table_contains (b->related, e))
    {
      g_ptr_array_add (b->unrelated, e);
      return;
    }
  const KgTypeStyle *ts = &b->style->types[kg_entity_get_type (e)];
  g_autofree char *name = node_name (kg_entity_get_id (e), g_hash_table_size (b->nodes));
  Agnode_t *n = agnode (b->g, name, TRUE);
  g_hash_table_insert (b->nodes, (gpointer) kg_entity_get_id (e), n);
  g_autofree char *label = kg_diagram_text (kg_entity_get_label (e, b->lang), LABEL_MAX);
  kg_diagram_set (n, "label", label);
  kg_diagram_set (n, "shape", ts->shape);
  gboolean discovered = kg_entity_get_discovered (e);
  g_autofree char *st = discovered ? g_strdup_printf ("%s,%s", ts->style, b->style->discovered.style)
                                   : g_strdup (ts->style);
  kg_diagram_set (n, "style", st);
  kg_diagram_set (n, "fillcolor", ts->fill);
  kg_diagram_set (n, "color", discovered ? b->style->discovered.color : ts->color);
  if (e == b->focus)
    kg_diagram_set (n, "penwidth", "3");
  g_autofree char *tooltip = kg_diagram_node_tooltip (e, b->style, b->lang, FALSE);
  kg_diagram_set (n, "tooltip", tooltip);
  g_autofree char *url = kg_diagram_entity_url (e);
  if (url != NULL)
    {
      kg_diagram_set (n, "URL", url);
      kg_diagram_set (n, "target", "_blank");
    }
}

/* "subject → predicate → object (N sentences)", then up to three
 * sentences with their documents, one a line. */
static char *
edge_tooltip (KgRelation *r, const Builder *b)
{
  KgPredicate p = kg_relation_get_predicate (r);
  g_autofree char *subj = kg_diagram_tip_text (kg_entity_get_label (kg_relation_get_subject (r), b->lang), LABEL_MAX);
  g_autofree char *obj = kg_diagram_tip_text (kg_entity_get_label (kg_relation_get_object (r), b->lang), LABEL_MAX);
  GString *s = g_string_new (NULL);
  const KgStyle *st = b->style;
  g_string_append_printf (s, "%s → %s → %s (%s, %u)", subj, st->predicates[p].label[b->lang], obj,
                          st->status[kg_relation_get_status (r)].label[b->lang],
                          kg_relation_get_evidence_count (r));
  for (guint i = 0; i < kg_relation_get_n_evidence (r); i++)
    {
      const KgEvidence *ev = kg_relation_get_evidence (r, i);
      g_autofree char *sentence = kg_diagram_tip_text (ev->sentence, SENTENCE_MAX);
      g_autofree char *doc = kg_diagram_tip_text (ev->document, LABEL_MAX * 2);
      g_string_append_printf (s, "\\n“%s” — %s", sentence, doc);
    }
  return g_string_free (s, FALSE);
}

static void
add_edge (KgRelation *r, gpointer user_data)
{
  Builder *b = user_data;
  Agnode_t *t = g_hash_table_lookup (b->nodes, kg_entity_get_id (kg_relation_get_subject (r)));
  Agnode_t *h = g_hash_table_lookup (b->nodes, kg_entity_get_id (kg_relation_get_object (r)));
  if (t == NULL || h == NULL)
    return;
  KgPredicate p = kg_relation_get_predicate (r);
  const KgPredicateStyle *ps = &b->style->predicates[p];
  Agedge_t *e = agedge (b->g, t, h, NULL, TRUE);
  g_autofree char *label = kg_diagram_text (ps->label[b->lang], LABEL_MAX);
  kg_diagram_set (e, "label", label);
  kg_diagram_set (e, "color", ps->color);
  kg_diagram_set (e, "fontcolor", ps->color);
  kg_diagram_set (e, "style", b->style->status[kg_relation_get_status (r)].style);
  char width[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (width, sizeof width, "%.2f",
                   kg_style_penwidth (b->style, kg_relation_get_evidence_count (r)));
  kg_diagram_set (e, "penwidth", width);
  if (kg_predicate_is_symmetric (p))
    kg_diagram_set (e, "dir", "none");
  g_autofree char *tooltip = edge_tooltip (r, b);
  kg_diagram_set (e, "tooltip", tooltip);
  kg_diagram_set (e, "labeltooltip", tooltip);
}

/* The most mentioned first, then by id. */
static int
by_mentions (gconstpointer pa, gconstpointer pb)
{
  KgEntity *a = *(KgEntity *const *) pa, *b = *(KgEntity *const *) pb;
  if (kg_entity_get_mentions (a) != kg_entity_get_mentions (b))
    return kg_entity_get_mentions (a) > kg_entity_get_mentions (b) ? -1 : 1;
  return strcmp (kg_entity_get_id (a), kg_entity_get_id (b));
}

/* Declares every attribute in a fixed order, with the shared defaults. */
static void
declare_attributes (Agraph_t *g, const KgStyle *style, const char *engine)
{
  char size[G_ASCII_DTOSTR_BUF_SIZE];
  static const char *const graph_attrs[] = { "label", "labelloc", "labeljust", "layout" };
  for (gsize i = 0; i < G_N_ELEMENTS (graph_attrs); i++)
    agattr (g, AGRAPH, (char *) graph_attrs[i], "");
  agattr (g, AGRAPH, "fontname", (char *) style->font);
  agattr (g, AGRAPH, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->title_size));
  agattr (g, AGRAPH, "bgcolor", "#ffffff");
  if (g_strcmp0 (engine, "dot") == 0)
    {
      agattr (g, AGRAPH, "rankdir", "LR");
      agattr (g, AGRAPH, "nodesep", "0.25");
      agattr (g, AGRAPH, "ranksep", "0.5");
    }
  else
    {
      agattr (g, AGRAPH, "overlap", "prism");
      /* Room between nodes for the edge labels. */
      agattr (g, AGRAPH, "sep", "+6");
      agattr (g, AGRAPH, "splines", "false");
      agattr (g, AGRAPH, "outputorder", "edgesfirst");
    }
  agattr (g, AGNODE, "fontname", (char *) style->font);
  agattr (g, AGNODE, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->node_size));
  agattr (g, AGNODE, "margin", "0.12,0.06");
  static const char *const node_attrs[] = { "label", "shape", "style", "fillcolor", "color",
                                            "penwidth", "tooltip", "URL", "target" };
  for (gsize i = 0; i < G_N_ELEMENTS (node_attrs); i++)
    agattr (g, AGNODE, (char *) node_attrs[i], "");
  agattr (g, AGEDGE, "fontname", (char *) style->font);
  agattr (g, AGEDGE, "fontsize", g_ascii_formatd (size, sizeof size, "%g", style->edge_size));
  agattr (g, AGEDGE, "arrowsize", "0.7");
  static const char *const edge_attrs[] = { "label", "color", "fontcolor", "style", "penwidth",
                                            "dir", "tooltip", "labeltooltip" };
  for (gsize i = 0; i < G_N_ELEMENTS (edge_attrs); i++)
    agattr (g, AGEDGE, (char *) edge_attrs[i], "");
}

Agraph_t *
kg_diagram_build (const KgGraph *graph, const KgOutOptions *options, GError **error)
{
  const KgStyle *style = kg_style_get (options->data_dir, error);
  if (style == NULL)
    return NULL;
  g_autoptr (GHashTable) related = related_entities (graph);
  guint nodes = n_nodes (graph, related);
  const char *engine = engine_for (options, nodes);
  Agraph_t *g = agopen ("kgraph", Agdirected, NULL);
  declare_attributes (g, style, engine);
  kg_diagram_set (g, "layout", engine);
  g_autoptr (GPtrArray) unrelated = g_ptr_array_new ();
  Builder b = { g, style, options->lang, g_hash_table_new (g_str_hash, g_str_equal),
                g_hash_table_size (related) > 0 ? related : NULL, unrelated,
                options->focus != NULL ? kg_graph_find_entity (graph, options->focus) : NULL };
  kg_graph_foreach_entity (graph, add_node, &b);
  kg_graph_foreach_relation (graph, add_edge, &b);
  g_hash_table_unref (b.nodes);
  g_ptr_array_sort (unrelated, by_mentions);
  /* In a large drawing a legend of the usual size is a speck. */
  double scale = strcmp (engine, "dot") == 0 ? 1 : CLAMP (sqrt (nodes) / 8, 1, 5);
  kg_diagram_add_legend (g, graph, options, style, scale, unrelated);
  return g;
}

gboolean
kg_export_dot (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  g_return_val_if_fail (graph != NULL && options != NULL && out != NULL, FALSE);
  Agraph_t *g = kg_diagram_build (graph, options, error);
  if (g == NULL)
    return FALSE;
  int rc = agwrite (g, out);
  agclose (g);
  if (rc != 0 || ferror (out))
    return kg_out_fail_stream (error);
  return TRUE;
}
