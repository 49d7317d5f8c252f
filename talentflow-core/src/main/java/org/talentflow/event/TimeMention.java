package org.talentflow.event;

import org.talentflow.model.TimeValue;

/** A time expression found in normalized text, [start, end), with its normalized value. */
public record TimeMention(int start, int end, TimeValue value) {}
