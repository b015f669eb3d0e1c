/** better-auth's session cookie (cookiePrefix "cchc"); "__Secure-" in front when served over https. */
export const SESSION_COOKIES = ["__Secure-cchc.session_token", "cchc.session_token"] as const;
