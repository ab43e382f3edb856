import { RequestCertificateCommand, type ACMClient } from "@aws-sdk/client-acm";
import { required } from "./context.js";

/** Domain of the web shop; nothing resolves it, the emulator only stores it. */
export const SHOP_DOMAIN = "shop.webshop.example";

/**
 * Requests an ACM certificate for the shop domain in the client's region. The emulator issues it at
 * once. HTTPS listeners need a certificate that exists: moto 5.2.1 rejects an unknown ACM ARN
 * with CertificateNotFound.
 */
export async function seedCertificate(acm: ACMClient): Promise<string> {
  const requested = await acm.send(
    new RequestCertificateCommand({
      DomainName: SHOP_DOMAIN,
      ValidationMethod: "DNS",
    }),
  );
  return required(requested.CertificateArn, "certificate ARN");
}
