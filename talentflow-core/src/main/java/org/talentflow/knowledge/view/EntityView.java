package org.talentflow.knowledge.view;

import java.util.List;

/** A person or organization: id, PERSON or ORG, canonical name, every alias seen (page junk left out). */
public record EntityView(String id, String type, String name, List<String> aliases) {}
