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

G_END_DECLS

#endif /* KG_EXPORTERS_H */
