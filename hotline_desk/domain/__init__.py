"""Pure rules of the hotline office: no Qt, no SQL, time always injected."""
