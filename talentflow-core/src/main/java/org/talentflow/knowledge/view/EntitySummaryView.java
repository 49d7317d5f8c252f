package org.talentflow.knowledge.view;

import java.util.List;

/** A person or organization with how often it was mentioned, and in how many documents. */
public record EntitySummaryView(String id, String type, String name, List<String> aliases, int mentions,
    int documents) {}
