/* SPDX-License-Identifier: MIT */
/* render.c: the SVG, PNG and PDF exporters: kg_diagram_build(), then libgvc
 * lays the graph out (dot or sfdp, see kg_diagram_engine()) and renders it
 * into memory, then to the stream: SVG by the core renderer, PNG and PDF by cairo, text
 * measured by pango.  gvContext() finds its plugins through the config file
 * libgvc6 installs; when that file is missing it has no layout at all, so we
 * load the plugin libraries ourselves and pass them to gvContextPlugins().
 * One context serves the whole process and is never freed: Graphviz
 * 2.42's pango plugin keeps pointers into a context's font table, so a
 * second context reads freed memory (valgrind shows it in test-dot).
 * Graphviz's messages are collected and become the GError's text.
 * Graphviz keeps global state: call these from one thread at a time. */
#include <dlfcn.h>
#include <errno.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "exporters.h"
#include "style.h"

/* The plugins kgraph needs, as their libraries name them. */
static const char *const plugin_names[] = { "core", "dot_layout", "neato_layout", "pango" };

/* @return TRUE if \p gvc knows at least one layout engine */
static gboolean
has_layouts (GVC_t *gvc)
{
  int n = 0;
  char **list = gvPluginList (gvc, "layout", &n, NULL);
  for (int i = 0; i < n; i++)
    free (list[i]);
  free (list);
  return n > 0;
}

/* Opens the plugin libraries next to libgvc (in its "graphviz" folder, as
 * libgvc itself looks) and lists their gvplugin_*_LTX_library symbols, the
 * shape gvContextPlugins() takes.  Done once; the libraries stay loaded. */
static const lt_symlist_t *
load_builtins (gpointer unused)
{
  static lt_symlist_t symbols[G_N_ELEMENTS (plugin_names) + 1];
  Dl_info info;
  if (dladdr ((void *) gvContext, &info) == 0 || info.dli_fname == NULL)
    return NULL;
  g_autofree char *libdir = g_path_get_dirname (info.dli_fname);
  guint n = 0;
  for (gsize i = 0; i < G_N_ELEMENTS (plugin_names); i++)
    {
      g_autofree char *file = g_strdup_printf ("libgvplugin_%s.so.6", plugin_names[i]);
      g_autofree char *path = g_build_filename (libdir, "graphviz", file, NULL);
      void *lib = dlopen (path, RTLD_NOW | RTLD_LOCAL);
      if (lib == NULL)
        continue;
      char *symbol = g_strdup_printf ("gvplugin_%s_LTX_library", plugin_names[i]);
      void *address = dlsym (lib, symbol);
      if (address == NULL)
        {
          g_free (symbol);
          continue;
        }
      symbols[n].name = symbol; /* kept: the context reads it */
      symbols[n].address = address;
      n++;
    }
  return n > 0 ? symbols : NULL;
}

/* @return (transfer full): a context with layout plugins, or NULL */
static gpointer
context_new (gpointer unused)
{
  GVC_t *gvc = gvContext ();
  if (has_layouts (gvc))
    return gvc;
  gvFreeContext (gvc);
  const lt_symlist_t *builtins = load_builtins (NULL);
  if (builtins == NULL)
    return NULL;
  gvc = gvContextPlugins (builtins, FALSE);
  if (has_layouts (gvc))
    return gvc;
  gvFreeContext (gvc);
  return NULL;
}

/* @return (transfer none): the process's context, or NULL */
static GVC_t *
context_get (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, context_new, NULL);
}

/* Graphviz reports through agerr(); while rendering, its text goes here. */
static GString *messages;

static int
collect_message (char *text)
{
  if (messages != NULL)
    g_string_append (messages, text);
  return 0;
}

static gboolean
fail_render (GError **error, const char *what, const char *engine_or_format)
{
  g_autofree char *detail = g_strstrip (g_strdup (messages->str));
  g_set_error (error, KG_OUT_ERROR, KG_OUT_ERROR_RENDER, "Graphviz could not %s with %s%s%s",
               what, engine_or_format, *detail ? ": " : "", detail);
  return FALSE;
}

/* cairo 1.16 stamps a PDF with the time of day ("/CreationDate (D:...Z)"),
 * so two runs would differ.  The entry is overwritten in place, same
 * length, so the cross-reference offsets stay right: with the date of
 * SOURCE_DATE_EPOCH when it is set (reproducible-builds.org), else with
 * spaces, which leave a valid dictionary without a date. */
static void
fix_pdf_date (char *data, gsize len)
{
  static const char key[] = "/CreationDate (D:";
  /* memmem, not strstr: the PDF's streams hold NUL bytes. */
  char *at = memmem (data, len, key, strlen (key));
  if (at == NULL)
    return;
  char *close = memchr (at, ')', len - (at - data));
  if (close == NULL)
    return;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds = 0;
  g_autoptr (GDateTime) when = NULL;
  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    when = g_date_time_new_from_unix_utc (seconds);
  g_autofree char *stamp = when != NULL ? g_date_time_format (when, "%Y%m%d%H%M%SZ") : NULL;
  char *digits = at + strlen (key);
  if (stamp != NULL && strlen (stamp) == (gsize)(close - digits))
    memcpy (digits, stamp, close - digits);
  else
    memset (at, ' ', close + 1 - at);
}

/* Lays \p g out with its "layout" engine and renders \p format to \p out. */
static gboolean
layout_and_render (GVC_t *gvc, Agraph_t *g, const char *format, FILE *out, GError **error)
{
  const char *engine = agget (g, "layout");
  agreseterrors ();
  if (gvLayout (gvc, g, engine) != 0 || agerrors () >= AGERR)
    return fail_render (error, "lay the graph out", engine);
  /* Into memory, then to the stream: Graphviz's own writer calls exit(1)
   * when a write fails (a full disk), which would leave the temporary file
   * behind and print nothing. */
  char *data = NULL;
  unsigned int len = 0;
  int rc = gvRenderData (gvc, g, format, &data, &len);
  gboolean errors = agerrors () >= AGERR;
  gvFreeLayout (gvc, g);
  if (rc != 0 || errors || data == NULL)
    {
      gvFreeRenderData (data);
      return fail_render (error, "render", format);
    }
  g_autofree char *fixed = NULL;
  gsize fixed_len = 0;
  if (g_str_has_prefix (format, "pdf"))
    {
      fix_pdf_date (data, len);
      fixed = kg_pdf_normalize (data, len, &fixed_len);
    }
  errno = 0;
  gboolean written = fixed != NULL ? fwrite (fixed, 1, fixed_len, out) == fixed_len
                                   : fwrite (data, 1, len, out) == len;
  written = written && fflush (out) == 0 && !ferror (out);
  gvFreeRenderData (data);
  if (!written)
    return kg_out_fail_stream (error);
  return TRUE;
}

static gboolean
render (const KgGraph *graph, const KgOutOptions *options, const char *format, FILE *out,
        GError **error)
{
  g_return_val_if_fail (graph != NULL && options != NULL && out != NULL, FALSE);
  Agraph_t *g = kg_diagram_build (graph, options, error);
  if (g == NULL)
    return FALSE;
  GVC_t *gvc = context_get ();
  if (gvc == NULL)
    {
      agclose (g);
      g_set_error_literal (error, KG_OUT_ERROR, KG_OUT_ERROR_RENDER,
                           "Graphviz has no layout plugins (is libgvc6 installed?)");
      return FALSE;
    }
  messages = g_string_new (NULL);
  agusererrf previous = agseterrf (collect_message);
  gboolean ok = layout_and_render (gvc, g, format, out, error);
  agseterrf (previous);
  if (messages->len > 0 && ok)
    g_debug ("Graphviz: %s", messages->str);
  g_string_free (g_steal_pointer (&messages), TRUE);
  agclose (g);
  return ok;
}

gboolean
kg_export_svg (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  return render (graph, options, "svg", out, error);
}

gboolean
kg_export_png (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  return render (graph, options, "png:cairo", out, error);
}

gboolean
kg_export_pdf (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  return render (graph, options, "pdf:cairo", out, error);
}
