// The example behind `Insert example`: a small hybrid ROS package that passes every rule, showing each field once.
export const EXAMPLE_MANIFEST = `apiVersion: api.rapyuta.io/v2
kind: Package
metadata:
  name: talker-listener
  version: v1.0.0
  description: ROS talker in the cloud, listener on the robot.
spec:
  components:
    - name: talker
      runtime: cloud
      architecture: amd64
      ros:
        enabled: true
        distro: noetic
        topics: [/chatter]
      executables:
        - name: talker
          type: docker
          image: registry.gantry.dev/examples/talker
          tag: "1.0.0"
          command: rosrun rospy_tutorials talker
    - name: listener
      runtime: device
      architecture: arm64v8
      restart: onfailure
      ros:
        enabled: true
        distro: noetic
      executables:
        - name: listener
          type: docker
          image: registry.gantry.dev/examples/listener
          tag: "1.0.0"
          command: rosrun rospy_tutorials listener
`;
