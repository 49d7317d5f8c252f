package org.talentflow.knowledge.view;

import java.util.List;
import java.util.Map;

/**
 * One entity: id, type, name and aliases, each alias with the documents it was seen in, the documents, and the
 * events it takes part in.
 */
public record EntityDetailView(String id, String type, String name, List<String> aliases,
    Map<String, List<String>> seen, List<String> documents, List<EventView> events) {}
