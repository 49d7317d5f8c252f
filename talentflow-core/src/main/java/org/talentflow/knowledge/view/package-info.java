/**
 * The JSON shapes of talentflow's answers, as records serialized by Jackson ({@link org.talentflow.knowledge.view.Views#MAPPER}):
 * the same records are printed by the command line's {@code --json} and returned by the web API, so that the two
 * never differ. Field names are snake_case; the event shape is design.md's contract. Every fact carries its sources
 * with outlet, title, publication date, URL and evidence span.
 */
package org.talentflow.knowledge.view;
