package org.talentflow.knowledge.view;

/** A time as written ({@code text}), its normalized value (null: unresolved) and granularity (day, month...). */
public record TimeView(String value, String text, String granularity) {}
