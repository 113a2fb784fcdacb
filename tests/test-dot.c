/* SPDX-License-Identifier: MIT */
/* test-dot.c: the diagram exporters.  Golden DOT (tests/cases/NAME.dot, exact,
 * since DOT from kg_export_dot() has no coordinates; KG_UPDATE_GOLDEN=1
 * rewrites them), the DOT read back by cgraph (styles, widths, tooltips,
 * escaping), SVG/PNG/PDF rendering, the engine choice, failures as GErrors,
 * and rendering without Graphviz's plugin config file.
 * `test-dot --write FIXTURE FORMAT FILE` writes a fixture for the scripts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <graphviz/gvc.h>

#include "dot-fixtures.h"
#include "kg-out.h"

static char *
export (const KgGraph *g, const char *format, const KgOutOptions *options, gsize *len)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream (&buf, &n);
  g_autoptr (GError) error = NULL;
  gboolean ok = kg_exporter_lookup (format)->write (g, options, f, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fclose (f), ==, 0);
  if (len != NULL)
    *len = n;
  return buf;
}

/* The story with three entities that have no relation (one with a QID,
 * one discovered), drawn as --all does: in a grid under the legend. */
static KgGraph *
fx_story_unrelated (void)
{
  KgGraph *g = fx_story ();
  kg_entity_set_qid (fx_entity (g, "apple", KG_TYPE_ORGANIZATION, "애플", "Apple", 3, "news/05.txt"),
                     "Q312");
  fx_entity (g, "gemini", KG_TYPE_MODEL, "제미나이", "Gemini", 1, "news/05.txt");
  KgEntity *d = fx_entity (g, "bukgeuk", KG_TYPE_PROJECT, "북극성 프로젝트", NULL, 2, "news/06.txt");
  kg_entity_set_discovered (d, TRUE);
  return g;
}

static const struct {
  const char *name;
  KgGraph *(*build) (void);
  KgLang lang;
  const char *title;
  KgViewDropped dropped;
  const char *focus;
} golden[] = {
  { "dot-story-ko", fx_story, KG_LANG_KO, "AI 뉴스 모음", { 0 }, NULL },
  { "dot-story-en", fx_story, KG_LANG_EN, "AI news", { .cut = 12 }, NULL },
  { "dot-hostile", fx_hostile, KG_LANG_EN, "<script>\"x\\N", { 0 }, NULL },
  { "dot-unrelated-ko", fx_story_unrelated, KG_LANG_KO, "AI 뉴스", { 0 }, NULL },
  { "dot-focus-ko", fx_story, KG_LANG_KO, "AI 뉴스", { .outside = 70, .cut = 3 }, "머스크" },
};

static void
test_golden (void)
{
  const char *src = g_getenv ("KG_SOURCE_DIR");
  if (src == NULL)
    src = ".";
  for (gsize i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      g_autoptr (KgGraph) g = golden[i].build ();
      KgOutOptions o = { .lang = golden[i].lang, .title = golden[i].title,
                         .dropped = golden[i].dropped, .focus = golden[i].focus, .depth = 1 };
      g_autofree char *dot = export (g, "dot", &o, NULL);
      g_autofree char *file = g_strdup_printf ("%s.dot", golden[i].name);
      g_autofree char *path = g_build_filename (src, "tests", "cases", file, NULL);
      if (g_getenv ("KG_UPDATE_GOLDEN") != NULL)
        g_assert_true (g_file_set_contents (path, dot, -1, NULL));
      g_autofree char *want = NULL;
      g_assert_true (g_file_get_contents (path, &want, NULL, NULL));
      g_assert_cmpstr (dot, ==, want);
      /* The same text again, also after gvContext() has changed cgraph's
       * defaults: attribute and node order are fixed. */
      g_free (export (g, "svg", &o, NULL));
      g_autofree char *again = export (g, "dot", &o, NULL);
      g_assert_cmpstr (again, ==, dot);
    }
}

/* Reads DOT text back with cgraph. */
static Agraph_t *
read_dot (const KgGraph *g, KgLang lang)
{
  KgOutOptions o = { .lang = lang, .title = "t" };
  g_autofree char *dot = export (g, "dot", &o, NULL);
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  return ag;
}

/* @return the attribute, "" when it is not declared */
static const char *
attr (void *obj, const char *name)
{
  const char *v = agget (obj, (char *) name);
  return v != NULL ? v : "";
}

static gboolean
is_rrggbb (const char *s)
{
  return g_regex_match_simple ("^#[0-9a-f]{6}$", s, 0, 0);
}

static Agedge_t *
find_edge (Agraph_t *ag, const char *tail, const char *head, const char *label)
{
  Agnode_t *t = agnode (ag, (char *) tail, FALSE), *h = agnode (ag, (char *) head, FALSE);
  g_assert_nonnull (t);
  g_assert_nonnull (h);
  for (Agedge_t *e = agfstout (ag, t); e != NULL; e = agnxtout (ag, e))
    if (aghead (e) == h && strcmp (agget (e, "label"), label) == 0)
      return e;
  g_assert_not_reached ();
}

static const struct {
  const char *tail, *head, *label_ko, *label_en, *style, *dir;
  double min_width, max_width;
} edges[] = {
  { "elon-musk", "xai", "설립", "founded", "solid", "", 3.6, 5.0 },  /* 8 sentences */
  { "elon-musk", "openai", "설립", "founded", "solid", "", 1.5, 2.0 }, /* 2 */
  { "elon-musk", "openai", "인수 제안", "offered to acquire", "dashed", "", 1.0, 1.0 },
  { "xai", "colossus", "사용", "uses", "dashed", "", 1.0, 1.0 },
  { "openai", "xai", "경쟁", "competes with", "solid", "none", 1.5, 2.0 },
};

static void
test_edges (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  for (KgLang lang = 0; lang < KG_LANG_N; lang++)
    {
      Agraph_t *ag = read_dot (g, lang);
      g_assert_cmpint (agnedges (ag), ==, kg_graph_n_relations (g));
      for (gsize i = 0; i < G_N_ELEMENTS (edges); i++)
        {
          Agedge_t *e = find_edge (ag, edges[i].tail, edges[i].head,
                                   lang == KG_LANG_KO ? edges[i].label_ko : edges[i].label_en);
          g_assert_cmpstr (agget (e, "style"), ==, edges[i].style);
          g_assert_cmpstr (attr (e, "dir"), ==, edges[i].dir);
          double w = g_ascii_strtod (agget (e, "penwidth"), NULL);
          g_assert_cmpfloat (w, >=, edges[i].min_width - 1e-9);
          g_assert_cmpfloat (w, <=, edges[i].max_width + 1e-9);
          g_assert_true (is_rrggbb (agget (e, "color")));
          g_assert_nonnull (strstr (agget (e, "tooltip"), "news/00.txt"));
          g_assert_cmpstr (agget (e, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
        }
      agclose (ag);
    }
}

static void
test_nodes (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  Agraph_t *ag = read_dot (g, KG_LANG_KO);
  g_assert_cmpint (agnnodes (ag), ==, kg_graph_n_entities (g));
  g_assert_cmpstr (agget (ag, "layout"), ==, "dot");
  g_assert_cmpstr (agget (ag, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
  g_assert_nonnull (strstr (agget (ag, "label"), "7개 개체 · 8개 관계"));
  GHashTable *shapes = g_hash_table_new (g_str_hash, g_str_equal);
  for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
    {
      g_assert_cmpstr (agget (n, "label"), !=, "");
      g_assert_true (is_rrggbb (agget (n, "fillcolor")));
      g_assert_cmpstr (agget (n, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
      g_hash_table_add (shapes, agget (n, "shape"));
    }
  g_assert_cmpuint (g_hash_table_size (shapes), ==, KG_TYPE_N);
  g_hash_table_unref (shapes);
  Agnode_t *musk = agnode (ag, "elon-musk", FALSE);
  g_assert_cmpstr (agget (musk, "label"), ==, "일론 머스크");
  g_assert_cmpstr (agget (musk, "URL"), ==, "https://www.wikidata.org/wiki/Q317521");
  g_assert_nonnull (strstr (agget (musk, "tooltip"), "머스크, 일론 머스크"));
  g_assert_nonnull (strstr (agget (musk, "tooltip"), "언급: 4"));
  g_assert_cmpstr (agget (agnode (ag, "xai", FALSE), "URL"), ==, "");
  Agnode_t *found = agnode (ag, "ttipsikeu", FALSE);
  g_assert_cmpstr (agget (found, "label"), ==, "딥시크");
  g_assert_nonnull (strstr (agget (found, "style"), "dashed"));
  agclose (ag);
}

/* Hostile text reaches labels only in its cleaned form. */
static void
test_hostile_dot (void)
{
  g_autoptr (KgGraph) g = fx_hostile ();
  Agraph_t *ag = read_dot (g, KG_LANG_EN);
  g_assert_cmpint (agnnodes (ag), ==, kg_graph_n_entities (g));
  static const char *const labels[] = {
    "<script>top.kgPwned=1</script>", "]]><svg onload=top.kgPwned=2>",
    "Quote \" and back\\\\slash \\\\N \\\\l \\\\", "ctrl[31m bell", "RLO cba iso",
    "line break tab", "zero\xe2\x80\x8b width nonchar nel",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gboolean seen = FALSE;
      for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
        seen |= strcmp (agget (n, "label"), labels[i]) == 0;
      g_assert_true (seen);
    }
  for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
    {
      g_assert_null (strstr (agget (n, "tooltip"), "\xe2\x80\xae"));
      g_assert_null (strpbrk (agget (n, "tooltip"), "\x01\x07\n"));
      g_assert_cmpstr (attr (n, "URL"), ==, ""); /* the bad QID makes no link */
    }
  /* The id that is not a slug is replaced by a counter and injects nothing. */
  g_assert_null (agnode (ag, "x", FALSE));
  g_assert_null (agnode (ag, "y", FALSE));
  Agnode_t *odd = agnode (ag, "entity9", FALSE);
  g_assert_nonnull (odd);
  g_assert_cmpstr (agget (odd, "label"), ==, "이상한 \\\\ 이름");
  agclose (ag);
}

typedef struct {
  guint nodes, edges, texts;
  GString *text;
} SvgCount;

static void
svg_start (GMarkupParseContext *c, const char *name, const char **attr, const char **val,
           gpointer data, GError **error)
{
  SvgCount *s = data;
  for (int i = 0; attr[i] != NULL; i++)
    if (strcmp (attr[i], "class") == 0)
      {
        s->nodes += strcmp (val[i], "node") == 0;
        s->edges += strcmp (val[i], "edge") == 0;
      }
  g_assert_cmpstr (name, !=, "script");
  s->texts += strcmp (name, "text") == 0;
}

static void
svg_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
  g_string_append_len (((SvgCount *) data)->text, text, len);
}

/* Parses \p svg as XML (GMarkup is strict about well-formedness). */
static SvgCount
parse_svg (const char *svg, gsize len)
{
  /* GMarkup does not read DOCTYPEs: start at the <svg> element. */
  const char *root = strstr (svg, "<svg");
  g_assert_nonnull (root);
  GMarkupParser parser = { svg_start, NULL, svg_text, NULL, NULL };
  SvgCount count = { 0, 0, 0, g_string_new (NULL) };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, &count, NULL);
  g_autoptr (GError) error = NULL;
  gboolean ok = g_markup_parse_context_parse (ctx, root, len - (root - svg), &error)
                && g_markup_parse_context_end_parse (ctx, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_markup_parse_context_free (ctx);
  return count;
}

static void
test_svg (void)
{
  for (int which = 0; which < 2; which++)
    {
      g_autoptr (KgGraph) g = which == 0 ? fx_story () : fx_hostile ();
      KgOutOptions o = { .lang = KG_LANG_KO, .title = "<b>제목</b> ]]> \\" };
      gsize len = 0;
      g_autofree char *svg = export (g, "svg", &o, &len);
      SvgCount c = parse_svg (svg, len);
      g_assert_cmpuint (c.nodes, ==, kg_graph_n_entities (g));
      g_assert_cmpuint (c.edges, ==, kg_graph_n_relations (g));
      g_assert_nonnull (strstr (c.text->str, "<b>제목</b> ]]> \\"));
      if (which == 0)
        {
          g_assert_nonnull (strstr (c.text->str, "일론 머스크"));
          g_assert_nonnull (strstr (c.text->str, "인수 제안"));
          g_assert_nonnull (strstr (svg, "xlink:href=\"https://www.wikidata.org/wiki/Q317521\""));
          g_assert_nonnull (strstr (svg, "font-family=\"Noto Sans CJK KR,NanumGothic,sans-serif\""));
          g_assert_nonnull (strstr (svg, "stroke-dasharray")); /* planned and reported */
        }
      else
        g_assert_nonnull (strstr (c.text->str, "<script>top.kgPwned=1</script>"));
      g_string_free (c.text, TRUE);
    }
}

static void
test_binary_formats (void)
{
  static const struct {
    const char *format, *magic;
  } formats[] = { { "png", "\x89PNG\r\n" }, { "pdf", "%PDF-" } };
  g_autoptr (KgGraph) g = fx_story ();
  KgOutOptions o = { .lang = KG_LANG_KO };
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = 0;
      g_autofree char *data = export (g, formats[i].format, &o, &len);
      g_assert_cmpuint (len, >, 1000);
      g_assert_cmpmem (data, strlen (formats[i].magic), formats[i].magic, strlen (formats[i].magic));
    }
}

static void
test_engine_choice (void)
{
  static const struct {
    guint n;
    const char *layout, *want;
  } cases[] = { { 20, NULL, "dot" },         { 60, NULL, "dot" },     { 61, NULL, "neato" },
                { 400, NULL, "neato" },       { 401, NULL, "sfdp" },   { 20, "neato", "neato" },
                { 400, "dot", "dot" },        { 20, "sfdp", "sfdp" } };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KgGraph) g = fx_large (cases[i].n);
      KgOutOptions o = { .lang = KG_LANG_KO, .layout = cases[i].layout };
      g_autofree char *dot = export (g, "dot", &o, NULL);
      Agraph_t *ag = agmemread (dot);
      g_assert_cmpstr (agget (ag, "layout"), ==, cases[i].want);
      agclose (ag);
    }
}

/* Entities without relations are not nodes but cells of a grid in the
 * legend, with their tooltips and links; the engine counts only nodes. */
static void
test_unrelated (void)
{
  g_autoptr (KgGraph) g = fx_large (60);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("alone-%02u", i);
      g_autofree char *ko = g_strdup_printf ("외톨이 %u", i);
      KgEntity *e = fx_entity (g, id, (KgType) (i % KG_TYPE_N), ko, NULL, 1 + i, "n.txt");
      if (i == 3)
        kg_entity_set_qid (e, "Q95");
    }
  KgOutOptions o = { .lang = KG_LANG_KO };
  g_autofree char *dot = export (g, "dot", &o, NULL);
  Agraph_t *ag = agmemread (dot);
  g_assert_cmpint (agnnodes (ag), ==, 60);
  g_assert_cmpstr (agget (ag, "layout"), ==, "dot");
  g_assert_null (agnode (ag, "alone-00", FALSE));
  const char *label = agget (ag, "label");
  g_assert_nonnull (strstr (label, "90개 개체 · 59개 관계"));
  g_assert_nonnull (strstr (label, "관계가 발견되지 않은 개체 30개"));
  /* Most mentioned first: 외톨이 29 (30 mentions) before 외톨이 0. */
  const char *first = strstr (label, "외톨이 29<"), *last = strstr (label, "외톨이 0<");
  g_assert_true (first != NULL && last != NULL && first < last);
  g_assert_nonnull (strstr (label, "TOOLTIP=\"외톨이 3 (하드웨어)&#10;이름: 외톨이 3&#10;언급: 4"));
  g_assert_nonnull (strstr (label, "HREF=\"https://www.wikidata.org/wiki/Q95\""));
  agclose (ag);
  /* The SVG shows them with their tooltips, as links where a QID is known. */
  gsize len = 0;
  g_autofree char *svg = export (g, "svg", &o, &len);
  SvgCount c = parse_svg (svg, len);
  g_assert_cmpuint (c.nodes, ==, 60);
  g_assert_nonnull (strstr (c.text->str, "외톨이 17"));
  g_assert_nonnull (strstr (svg, "xlink:href=\"https://www.wikidata.org/wiki/Q95\""));
  g_assert_nonnull (strstr (svg, "xlink:title=\"외톨이 3 (하드웨어)&#10;이름: 외톨이 3"));
  /* Without a QID too (Graphviz shows a cell's tooltip only on a link). */
  g_assert_nonnull (strstr (svg, "xlink:href=\"#\" xlink:title=\"외톨이 17 ("));
  g_string_free (c.text, TRUE);
}

/* The title says the focus and what the view left out, and why. */
static void
test_title (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  static const struct {
    KgLang lang;
    KgViewDropped dropped;
    const char *focus, *want;
  } cases[] = {
    { KG_LANG_KO, { 0, 0, 0 }, NULL, ">7개 개체 · 8개 관계<" },
    { KG_LANG_KO, { 0, 45, 12 }, NULL,
      ">7개 개체 · 8개 관계 · 생략: 관계가 없는 개체 45개, 연결이 적은 개체 12개<" },
    { KG_LANG_KO, { 70, 0, 0 }, "Elon Musk",
      ">7개 개체 · 8개 관계 · 일론 머스크 중심 2단계 · 생략: 보기 밖 개체 70개<" },
    { KG_LANG_EN, { 3, 2, 1 }, "머스크",
      ">7 entities · 8 relations · around Elon Musk, depth 2 · not shown: 3 outside the view, "
      "2 without relations, 1 less connected<" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KgOutOptions o = { .lang = cases[i].lang, .dropped = cases[i].dropped,
                         .focus = cases[i].focus, .depth = 2 };
      g_autofree char *dot = export (g, "dot", &o, NULL);
      Agraph_t *ag = agmemread (dot);
      g_assert_nonnull (strstr (agget (ag, "label"), cases[i].want));
      /* The focus has a thick outline, the others the default. */
      g_assert_cmpstr (attr (agnode (ag, "elon-musk", FALSE), "penwidth"), ==,
                       cases[i].focus != NULL ? "3" : "");
      g_assert_cmpstr (attr (agnode (ag, "xai", FALSE), "penwidth"), ==, "");
      agclose (ag);
    }
}

/* A 400-entity graph, the largest neato draws by default, renders whole
 * (its time is measured by bench/render.sh, not here). */
static void
test_large_svg (void)
{
  g_autoptr (KgGraph) g = fx_large (400);
  KgOutOptions o = { .lang = KG_LANG_KO, .dropped = { .isolated = 600, .cut = 2000 } };
  gsize len = 0;
  g_autofree char *svg = export (g, "svg", &o, &len);
  SvgCount c = parse_svg (svg, len);
  g_assert_cmpuint (c.nodes, ==, 400);
  g_assert_cmpuint (c.edges, ==, 399);
  g_assert_nonnull (strstr (svg, "<!-- Generated by graphviz"));
  g_assert_nonnull (strstr (c.text->str, "생략: 관계가 없는 개체 600개, 연결이 적은 개체 2000개"));
  g_string_free (c.text, TRUE);
}

static void
test_errors (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  FILE *f = fopen ("/dev/null", "w");
  g_autoptr (GError) error = NULL;
  KgOutOptions bad_layout = { .layout = "nosuchengine" };
  g_assert_false (kg_export_file (kg_exporter_lookup ("svg"), g, &bad_layout, "/dev/null", &error));
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_RENDER);
  g_assert_nonnull (strstr (error->message, "nosuchengine"));
  g_clear_error (&error);
  /* A style with a #rgb colour is refused, with the colour named. */
  g_autofree char *dir = g_dir_make_tmp ("kg-style-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "style.json", NULL);
  g_autofree char *orig = NULL;
  g_autofree char *src = g_build_filename (g_getenv ("KG_SOURCE_DIR") ? g_getenv ("KG_SOURCE_DIR") : ".",
                                           "data", "style.json", NULL);
  g_assert_true (g_file_get_contents (src, &orig, NULL, NULL));
  GString *broken = g_string_new (orig);
  g_assert_cmpuint (g_string_replace (broken, "#fde2c8", "#fdc", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, broken->str, -1, NULL));
  g_string_free (broken, TRUE);
  KgOutOptions bad_style = { .data_dir = dir };
  g_assert_false (kg_exporter_lookup ("dot")->write (g, &bad_style, f, &error));
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_STYLE);
  g_assert_nonnull (strstr (error->message, "#fdc"));
  g_unlink (path);
  g_rmdir (dir);
  fclose (f);
}

/* Without the plugin config file (GVBINDIR points nowhere), gvContext()
 * has no layouts, and the SVG still renders. */
static void
test_no_plugin_config (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("GVBINDIR", "/nonexistent-kgraph-test", TRUE);
      GVC_t *gvc = gvContext ();
      int n = 0;
      char **list = gvPluginList (gvc, "layout", &n, NULL);
      for (int i = 0; i < n; i++)
        free (list[i]);
      free (list);
      gvFreeContext (gvc);
      g_assert_cmpint (n, ==, 0);
      g_autoptr (KgGraph) g = fx_story ();
      KgOutOptions o = { .lang = KG_LANG_KO };
      gsize len = 0;
      g_autofree char *svg = export (g, "svg", &o, &len);
      SvgCount c = parse_svg (svg, len);
      g_assert_cmpuint (c.nodes, ==, kg_graph_n_entities (g));
      g_string_free (c.text, TRUE);
      g_autofree char *png = export (g, "png", &o, &len);
      g_assert_cmpmem (png, 4, "\x89PNG", 4);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* test-dot --write story|hostile|largeN FORMAT FILE [ko|en] */
static int
write_fixture (char **argv)
{
  g_autoptr (KgGraph) g = strcmp (argv[2], "story") == 0     ? fx_story ()
                          : strcmp (argv[2], "hostile") == 0 ? fx_hostile ()
                                                             : fx_large (atoi (argv[2] + 5));
  KgOutOptions o = { .lang = argv[5] && strcmp (argv[5], "en") == 0 ? KG_LANG_EN : KG_LANG_KO,
                     .title = argv[2] };
  g_autoptr (GError) error = NULL;
  if (!kg_export_file (kg_exporter_lookup (argv[3]), g, &o, argv[4], &error))
    {
      g_printerr ("test-dot: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc >= 5 && strcmp (argv[1], "--write") == 0)
    return write_fixture (argv);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dot/golden", test_golden);
  g_test_add_func ("/dot/edges", test_edges);
  g_test_add_func ("/dot/nodes", test_nodes);
  g_test_add_func ("/dot/hostile", test_hostile_dot);
  g_test_add_func ("/dot/engine-choice", test_engine_choice);
  g_test_add_func ("/render/svg", test_svg);
  g_test_add_func ("/render/png-pdf", test_binary_formats);
  g_test_add_func ("/render/large", test_large_svg);
  g_test_add_func ("/render/unrelated", test_unrelated);
  g_test_add_func ("/dot/title", test_title);
  g_test_add_func ("/render/errors", test_errors);
  g_test_add_func ("/render/no-plugin-config", test_no_plugin_config);
  return g_test_run ();
}
