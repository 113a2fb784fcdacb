/* SPDX-License-Identifier: MIT */
/* legend.c: the diagram's title and legend, as the graph label: one
 * HTML-like table on top of the drawing (corpus name; entity and relation
 * counts and how many were left out; a coloured cell per entity type; the
 * line styles; with --all, the entities that have no relation, packed in a
 * grid).  A graph label works with every engine, where a legend node would
 * float anywhere in an sfdp layout.  All text is markup-escaped. */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "style.h"

#define TITLE_MAX 80

/* @return (transfer full): \p template with each "{key}" of the NULL-ended
 * key, value pairs replaced by its value */
static char *
fill (const char *template, ...)
{
  GString *s = g_string_new (template);
  va_list args;
  va_start (args, template);
  const char *key;
  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *braced = g_strconcat ("{", key, "}", NULL);
      g_string_replace (s, braced, value, 0);
    }
  va_end (args);
  return g_string_free (s, FALSE);
}

static void
add_part (GString *list, const char *template, guint n)
{
  if (n == 0)
    return;
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *part = fill (template, "n", count, NULL);
  g_string_append_printf (list, "%s%s", list->len ? ", " : "", part);
}

/* @return (transfer full): "N entities · M relations", then the focus and
 * what the view left out, if anything */
static char *
counts_line (const KgGraph *graph, const KgOutOptions *options, const KgStyle *style, KgLang lang)
{
  g_autofree char *e = g_strdup_printf ("%u", kg_graph_n_entities (graph));
  g_autofree char *r = g_strdup_printf ("%u", kg_graph_n_relations (graph));
  g_autofree char *counts = fill (style->title[lang], "entities", e, "relations", r, NULL);
  GString *line = g_string_new (counts);
  KgEntity *focus = options->focus != NULL ? kg_graph_find_entity (graph, options->focus) : NULL;
  if (focus != NULL)
    {
      g_autofree char *depth = g_strdup_printf ("%u", MAX (options->depth, 1u));
      g_autofree char *text = fill (style->view_focus[lang], "focus", kg_entity_get_label (focus, lang),
                                    "depth", depth, NULL);
      g_string_append_printf (line, " · %s", text);
    }
  g_autoptr (GString) list = g_string_new (NULL);
  add_part (list, style->view_outside[lang], options->dropped.outside);
  add_part (list, style->view_isolated[lang], options->dropped.isolated);
  add_part (list, style->view_cut[lang], options->dropped.cut);
  if (list->len > 0)
    {
      g_autofree char *text = fill (style->view_omitted[lang], "list", list->str, NULL);
      g_string_append_printf (line, " · %s", text);
    }
  return g_string_free (line, FALSE);
}

static void
add_text_row (GString *html, const char *text, double size, gboolean bold)
{
  g_autofree char *t = kg_diagram_html_text (text, TITLE_MAX * 2);
  char pt[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">%s%s%s</FONT></TD></TR>",
                          g_ascii_formatd (pt, sizeof pt, "%.1f", size), bold ? "<B>" : "", t,
                          bold ? "</B>" : "");
}

/* Each legend row is a table of its own in one cell, so that its cells
 * do not share column widths with the other row. */
static void
open_row (GString *html, double size, const char *head)
{
  g_autofree char *h = kg_diagram_html_text (head, TITLE_MAX);
  char pt[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">"
                          "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR><TD>%s</TD>",
                          g_ascii_formatd (pt, sizeof pt, "%.1f", size), h);
}

static void
close_row (GString *html)
{
  g_string_append (html, "</TR></TABLE></FONT></TD></TR>");
}

static void
add_types_row (GString *html, const KgStyle *style, KgLang lang, double size)
{
  open_row (html, size, style->legend_types[lang]);
  for (int t = 0; t < KG_TYPE_N; t++)
    {
      const KgTypeStyle *ts = &style->types[t];
      g_autofree char *name = kg_diagram_html_text (ts->label[lang], TITLE_MAX);
      g_string_append_printf (html, "<TD BORDER=\"1\" BGCOLOR=\"%s\" COLOR=\"%s\">%s</TD>",
                              ts->fill, ts->color, name);
    }
  g_autofree char *disc = kg_diagram_html_text (style->discovered.label[lang], TITLE_MAX);
  g_string_append_printf (html, "<TD BORDER=\"1\" STYLE=\"dashed\" COLOR=\"%s\">%s</TD>",
                          style->discovered.color, disc);
  close_row (html);
}

/* One cell per line style, naming the statuses drawn with it. */
static void
add_lines_row (GString *html, const KgStyle *style, KgLang lang, double size)
{
  open_row (html, size, style->legend_lines[lang]);
  gboolean done[KG_STATUS_N] = { FALSE };
  for (int s = 0; s < KG_STATUS_N; s++)
    {
      if (done[s])
        continue;
      const char *line = style->status[s].style;
      GString *names = g_string_new (NULL);
      for (int o = s; o < KG_STATUS_N; o++)
        if (!done[o] && strcmp (style->status[o].style, line) == 0)
          {
            g_string_append_printf (names, "%s%s", names->len ? ", " : "", style->status[o].label[lang]);
            done[o] = TRUE;
          }
      const char *drawn = strstr (line, "dashed") ? "- - - -" : strstr (line, "dotted") ? "· · · ·" : "────";
      g_autofree char *text = kg_diagram_html_text (names->str, TITLE_MAX);
      g_string_append_printf (html, "<TD>%s %s</TD>", drawn, text);
      g_string_free (names, TRUE);
    }
  g_autofree char *width = kg_diagram_html_text (style->legend_width[lang], TITLE_MAX);
  g_string_append_printf (html, "<TD>%s</TD>", width);
  close_row (html);
}

/* @return about how wide \p text is drawn at \p size points: Hangul and
 * other wide characters one em, the rest 0.6 em (Noto Sans CJK's Latin).
 * Only to choose how many cells go in a row. */
static double
text_width (const char *text, double size)
{
  double em = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    em += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.6;
  return em * size;
}

/* Cell padding, border and spacing of the legend rows, in points. */
#define LEGEND_CELL_EXTRA 10.0

/* @return about how wide the widest legend row is drawn (types or lines) */
static double
legend_width (const KgStyle *style, KgLang lang, double size)
{
  double types = text_width (style->legend_types[lang], size) + LEGEND_CELL_EXTRA;
  for (int t = 0; t < KG_TYPE_N; t++)
    types += text_width (style->types[t].label[lang], size) + LEGEND_CELL_EXTRA;
  types += text_width (style->discovered.label[lang], size) + LEGEND_CELL_EXTRA;
  double lines = text_width (style->legend_lines[lang], size)
                 + text_width (style->legend_width[lang], size) + 2 * LEGEND_CELL_EXTRA;
  for (int s = 0; s < KG_STATUS_N; s++)
    lines += text_width (style->status[s].label[lang], size) + 4 * size + LEGEND_CELL_EXTRA;
  return MAX (types, lines);
}

/* @return how many rows filling each up to \p width makes of \p widths */
static guint
rows_of (GArray *widths, double width)
{
  guint rows = 0;
  double used = 0;
  for (guint i = 0; i < widths->len; i++)
    {
      double w = g_array_index (widths, double, i);
      if (i == 0 || used + w > width)
        {
          rows++;
          used = 0;
        }
      used += w;
    }
  return rows;
}

/* @return the narrowest row width that needs no more rows than \p width
 * does (by bisection), so that the rows come out about equally wide and
 * the last one is not stretched far.  O(n log). */
static double
balanced_width (GArray *widths, double width)
{
  guint rows = rows_of (widths, width);
  double lo = 0, hi = width;
  for (int k = 0; k < 40; k++)
    {
      double mid = (lo + hi) / 2;
      if (rows_of (widths, mid) <= rows)
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

/* The entities with no relation, packed in rows of cells coloured by type,
 * most mentioned first; each cell has the node's tooltip and link.  Every
 * row is a table of its own, filled to about the legend's width: Graphviz
 * stretches the columns of every row of a table to the widest row, so a
 * wider block would pull the legend's cells apart.  A long list (more
 * than 20 rows that wide) gets rows about twice as wide as the block is
 * tall instead. */
static void
add_unrelated (GString *html, const KgStyle *style, KgLang lang, double size, GPtrArray *unrelated)
{
  g_autofree char *n = g_strdup_printf ("%u", unrelated->len);
  g_autofree char *head = fill (style->view_unrelated[lang], "n", n, NULL);
  g_autofree char *h = kg_diagram_html_text (head, TITLE_MAX);
  char pt[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (pt, sizeof pt, "%.1f", size);
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">%s</FONT></TD></TR>",
                          pt, h);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  /* Padding grows with the font, so that the text's line box (taller than
   * Graphviz's line height in CJK fonts) stays inside its cell. */
  int pad = (int) ceil (size * 0.3);
  double total = 0, widest = 0, row_height = size * 1.6 + 4 * pad;
  for (guint i = 0; i < unrelated->len; i++)
    {
      const char *label = kg_entity_get_label (unrelated->pdata[i], lang);
      g_ptr_array_add (labels, kg_diagram_html_text (label, KG_DIAGRAM_LABEL_MAX));
      double w = text_width (label, size) + 3 * pad + 2;
      g_array_append_val (widths, w);
      total += w;
      widest = MAX (widest, w);
    }
  double budget = legend_width (style, lang, size);
  if (total / budget > 20)
    budget = sqrt (total * row_height * 2);
  budget = balanced_width (widths, MAX (budget, widest));
  double used = 0;
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">"
                          "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">", pt);
  for (guint i = 0; i < unrelated->len; i++)
    {
      KgEntity *e = unrelated->pdata[i];
      double w = g_array_index (widths, double, i);
      if (i == 0 || used + w > budget)
        {
          if (i > 0)
            g_string_append (html, "</TR></TABLE></TD></TR>");
          g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\">"
                                  "<TABLE BORDER=\"0\" CELLSPACING=\"%d\" CELLPADDING=\"%d\"><TR>",
                                  pad, pad);
          used = 0;
        }
      used += w;
      const KgTypeStyle *ts = &style->types[kg_entity_get_type (e)];
      g_autofree char *tip = kg_diagram_node_tooltip (e, style, lang, TRUE);
      g_autofree char *url = kg_diagram_entity_url (e);
      /* Graphviz draws a cell's tooltip only with a link: "#" goes nowhere. */
      g_autofree char *href = url != NULL ? g_strdup_printf (" HREF=\"%s\" TARGET=\"_blank\"", url)
                                          : g_strdup (" HREF=\"#\"");
      gboolean discovered = kg_entity_get_discovered (e);
      g_string_append_printf (html, "<TD BORDER=\"1\" BGCOLOR=\"%s\" COLOR=\"%s\"%s TOOLTIP=\"%s\"%s>%s</TD>",
                              ts->fill, discovered ? style->discovered.color : ts->color,
                              discovered ? " STYLE=\"dashed\"" : "", tip, href,
                              (char *) labels->pdata[i]);
    }
  if (unrelated->len > 0)
    g_string_append (html, "</TR></TABLE></TD></TR>");
  g_string_append (html, "</TABLE></FONT></TD></TR>");
}

void
kg_diagram_add_legend (Agraph_t *g, const KgGraph *graph, const KgOutOptions *options,
                       const KgStyle *style, double scale, GPtrArray *unrelated)
{
  KgLang lang = options->lang < KG_LANG_N ? options->lang : KG_LANG_EN;
  GString *html = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
  if (options->title != NULL && *options->title != '\0')
    add_text_row (html, options->title, style->title_size * scale, TRUE);
  g_autofree char *counts = counts_line (graph, options, style, lang);
  add_text_row (html, counts, (style->legend_size + 2) * scale, FALSE);
  add_types_row (html, style, lang, style->legend_size * scale);
  add_lines_row (html, style, lang, style->legend_size * scale);
  if (unrelated != NULL && unrelated->len > 0)
    add_unrelated (html, style, lang, style->legend_size * scale, unrelated);
  g_string_append (html, "</TABLE>");
  char *label = agstrdup_html (g, html->str);
  agset (g, "label", label);
  agstrfree (g, label);
  agset (g, "labelloc", "t");
  agset (g, "labeljust", "l");
  g_string_free (html, TRUE);
}
