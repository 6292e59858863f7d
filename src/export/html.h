/* src/export/html.h - the stepper page's parts, compiled in from
 * share/html/ (html_assets.c is generated from them by the Makefile, each
 * file a string).  rv_export_html itself is declared in export.h. */
#ifndef RV_EXPORT_HTML_H
#define RV_EXPORT_HTML_H

/* share/html/page.html: the page, with @TITLE@, @STYLE@, @THEME@, @DATA@
 * and @SCRIPT@ where html.c puts the title, the two stylesheets, the step
 * data and the script. */
extern const char rv_html_page[];
/* share/html/stepper.css */
extern const char rv_html_style[];
/* share/html/stepper.js */
extern const char rv_html_script[];

#endif
