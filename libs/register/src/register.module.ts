import { Module } from '@nestjs/common';
import { ImportsModule } from './imports/imports.module.js';
import { MousModule } from './mous/mous.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { RegisterCoreModule } from './register-core.module.js';
import { SpeechesModule } from './speeches/speeches.module.js';

/** The event register: every resource an organizer records. */
@Module({
  imports: [RegisterCoreModule, SpeechesModule, MousModule, ProjectsModule, ImportsModule],
  exports: [RegisterCoreModule, SpeechesModule, MousModule, ProjectsModule],
})
export class RegisterModule {}
