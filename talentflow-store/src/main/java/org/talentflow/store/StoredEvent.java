package org.talentflow.store;

import org.talentflow.model.PersonnelEvent;

/** An event as stored, with the key of its document. */
public record StoredEvent(String docKey, PersonnelEvent event) {}
