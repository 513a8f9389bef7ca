/**
 * Name rules the API server applies (apimachinery `pkg/util/validation`). Each
 * function returns null when the text is valid, else a short reason.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** `metadata.name` of most objects, NetworkPolicy included. */
export function dns1123SubdomainProblem(name: string): string | null {
  if (name.length > 253) return "must be no more than 253 characters";
  if (!DNS1123_SUBDOMAIN.test(name)) {
    return "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}

/** Namespace names. */
export function dns1123LabelProblem(name: string): string | null {
  if (name.length > 63) return "must be no more than 63 characters";
  if (!DNS1123_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
  }
  return null;
}

/** A label key: optional DNS subdomain prefix and `/`, then a name of at most 63 characters. */
export function labelKeyProblem(key: string): string | null {
  const parts = key.split("/");
  let name = key;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) return "prefix part must be non-empty";
    const p = dns1123SubdomainProblem(prefix);
    if (p !== null) return `prefix part ${p}`;
  } else if (parts.length > 2) {
    return "may contain at most one '/'";
  }
  if (name.length === 0) return "name part must be non-empty";
  if (name.length > 63) return "name part must be no more than 63 characters";
  if (!QUALIFIED_NAME.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}

/** A label value: empty, or at most 63 characters of the qualified-name alphabet. */
export function labelValueProblem(value: string): string | null {
  if (value.length > 63) return "must be no more than 63 characters";
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}

/** A named port (IANA_SVC_NAME, RFC 6335), semantics.md §2.6. */
export function portNameProblem(name: string): string | null {
  if (name.length > 15) return "must be no more than 15 characters";
  if (!/^[-a-z0-9]+$/.test(name)) return "must contain only lower-case letters, digits and '-'";
  if (name.includes("--")) return "must not contain consecutive hyphens";
  if (name.startsWith("-") || name.endsWith("-")) return "must not begin or end with a hyphen";
  if (!/[a-z]/.test(name)) return "must contain at least one letter";
  return null;
}
