/** Ajv reports a missing property at its parent; point at the property itself, as a reader would. */
export function toIssues(errors) {
    return (errors ?? []).map((e) => {
        const missing = e.keyword === "required" && typeof e.params.missingProperty === "string" ? e.params.missingProperty : undefined;
        const path = missing === undefined ? e.instancePath : `${e.instancePath}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        return {
            path,
            rule: e.keyword,
            message: e.message ?? e.keyword,
            params: e.params
        };
    });
}
