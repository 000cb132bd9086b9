/**
 * Knowledge across articles: the same event told by several articles as one event with all its reports,
 * the figures sources give for the same thing, and where sources disagree or change their story —
 * quantity conflicts, existence conflicts (one asserts, another denies), status changes over time and
 * reversals (denied, then confirmed by the same party). Everything here works on {@link
 * org.factline.model.Analysis} values, whichever store they come from, and every view can be taken "as
 * of" a date: only what had been reported by then counts (report time is the article's publication date).
 */
package org.factline.knowledge.corpus;
