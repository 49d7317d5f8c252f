package org.talentflow.model;

public enum EntityType {
  PERSON, ORG
}
