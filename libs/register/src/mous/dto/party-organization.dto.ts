import { OrganizationRefDto } from '../../people/dto/person.dto.js';

/** An organization that is a party to an MoU or a signed project. */
export class PartyOrganizationDto extends OrganizationRefDto {
  /** e.g. Shandong, Hong Kong */
  region: string | null;
}
