// The helper's options for every test app, as docs/frameworks.md shows them: read from the environment at
// the first request (so that a build needs no secrets). The test points them at a local sandbox.
export const yotiOptions = () => ({
  clientSdkId: process.env.YOTI_CLIENT_SDK_ID,
  privateKey: process.env.YOTI_KEY_PEM,
  shareApiUrl: process.env.YOTI_SHARE_API_URL,
  idvApiUrl: process.env.YOTI_IDV_API_URL,
  share: {
    policy: { wanted: [{ name: 'full_name' }], wanted_auth_types: [], wanted_remember_me: false },
    redirectUri: 'https://shop.example/done',
    app: { name: 'Framework Shop' },
  },
  idv: {
    client_session_token_ttl: 600,
    resources_ttl: 87_000,
    requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} }],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
  },
});
