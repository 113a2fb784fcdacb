/* SPDX-License-Identifier: MIT */
/* exporters.h: private prototypes of every exporter in out/, one per file,
 * all of the KgExportFunc shape, gathered here for registry.c's table. */
#ifndef KG_EXPORTERS_H
#define KG_EXPORTERS_H

#include "kg-out.h"

G_BEGIN_DECLS

/* out/dot.c, out/render.c (Graphviz) */
gboolean kg_export_dot (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                        GError **error);
gboolean kg_export_svg (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                        GError **error);
gboolean kg_export_png (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                        GError **error);
gboolean kg_export_pdf (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                        GError **error);

/* out/jsonld.c, out/graphml.c, out/ntriples.c */
gboolean kg_export_jsonld (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                           GError **error);
gboolean kg_export_graphml (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                            GError **error);
gboolean kg_export_ntriples (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                             GError **error);

/* out/write.c: sets a KG_OUT_ERROR_WRITE error from errno (EIO if unset)
 * for an exporter whose stream failed; kg_export_file() adds the path.
 * @return FALSE */
gboolean kg_out_fail_stream (GError **error);

/* out/pdf.c: cairo's PDF with its content streams' numbers rounded to
 * three places and a new cross-reference table, so that two runs give the
 * same bytes.  @return (transfer full) (nullable): NULL when \p data does not
 * look like cairo's PDF (then use it as it is) */
char *kg_pdf_normalize (const char *data, gsize len, gsize *out_len);

G_END_DECLS

#endif /* KG_EXPORTERS_H */
